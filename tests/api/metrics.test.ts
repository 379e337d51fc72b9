import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { loadOrganization } from '../../src/server/queries/organizations';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeMetric } from '../support/performance-factories';
import { type PlanScenario, planScenario } from '../support/plan-factories';

const definition = {
  code: 'READ-7',
  name: 'Grade 7 reading benchmark proficiency',
  kind: 'lagging',
  unit: 'percent',
  better: 'higher',
  dataSource: 'State benchmark',
};

describe.each(engines)('metric catalogue API on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  beforeAll(async () => {
    s = await planScenario(h);
  });

  it('shows an organization its own metrics and those defined above it, never a sibling’s', async () => {
    const state = await loadOrganization(h.services.database.db, s.district.parentId as string);
    const stateMetric = await makeMetric(h.services, state, { name: 'A state metric' });
    const districtMetric = await makeMetric(h.services, s.district, { name: 'B district metric' });
    const schoolMetric = await makeMetric(h.services, s.school, { name: 'C school metric' });
    const siblingMetric = await makeMetric(h.services, s.sibling, { name: 'D sibling metric' });
    const mine = new Set([stateMetric.id, districtMetric.id, schoolMetric.id, siblingMetric.id]);
    const ours = (items: any[]) => items.filter((m) => mine.has(m.id));

    const school = await s.clients.lead.get(`/api/organizations/${s.school.id}/metrics`);
    expect(school.status).toBe(200);
    expect(ours(school.body.items).map((m: any) => [m.name, m.organizationName])).toEqual([
      ['A state metric', state.name],
      ['B district metric', s.district.name],
      ['C school metric', s.school.name],
    ]);
    // The school reports against the district's metric but only manages its own.
    expect(ours(school.body.items).map((m: any) => m.abilities.edit)).toEqual([false, false, true]);

    const district = await s.clients.districtAdmin.get(`/api/organizations/${s.district.id}/metrics`);
    expect(ours(district.body.items).map((m: any) => m.id)).toEqual([stateMetric.id, districtMetric.id]);
    expect(ours(district.body.items)[1].abilities.edit).toBe(true);
    expect(schoolMetric.organizationId).toBe(s.school.id);

    expect((await s.clients.siblingLead.get(`/api/organizations/${s.school.id}/metrics`)).status).toBe(404);
    expect((await s.clients.readToken.get(`/api/organizations/${s.school.id}/metrics`)).status).toBe(200);
  });

  it('creates a metric for those who manage the organization, refusing a code used on its line', async () => {
    const created = await s.clients.districtLead.post(
      `/api/organizations/${s.district.id}/metrics`,
      definition,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...definition,
      organizationId: s.district.id,
      archived: false,
      version: 1,
    });
    const [audit] = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.body.id));
    expect(audit).toMatchObject({ entityType: 'metric', action: 'create', organizationId: s.district.id });

    // Same code below (any case) would give the school two metrics with one code.
    const below = await s.clients.lead.post(`/api/organizations/${s.school.id}/metrics`, {
      ...definition,
      code: 'read-7',
    });
    expect(below.status).toBe(409);
    expect(below.body.issues).toEqual([{ path: 'code', message: expect.stringContaining('already used') }]);
    // A sibling district's school is not on the line: the code is free there.
    const elsewhere = await makeMetric(h.services, s.sibling, { code: 'MATH-7' });
    expect(elsewhere.code).toBe('MATH-7');
    const sameAsSibling = await s.clients.lead.post(`/api/organizations/${s.school.id}/metrics`, {
      ...definition,
      code: 'MATH-7',
    });
    expect(sameAsSibling.status).toBe(201);
    // Above: the district cannot take a code a school below it already uses.
    const above = await s.clients.districtLead.post(`/api/organizations/${s.district.id}/metrics`, {
      ...definition,
      code: 'MATH-7',
    });
    expect(above.status).toBe(409);

    const invalid = await s.clients.districtLead.post(`/api/organizations/${s.district.id}/metrics`, {
      ...definition,
      code: 'has space',
      better: 'sideways',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: any) => i.path)).toEqual(['code', 'better']);
  });

  it('refuses those who may not manage the organization: 403 when they can see it, 404 when not', async () => {
    const url = `/api/organizations/${s.district.id}/metrics`;
    for (const client of [s.clients.districtCoach, s.clients.lead, s.clients.writeToken]) {
      expect((await client.post(url, definition)).status).toBe(403);
    }
    expect((await s.clients.team.post(`/api/organizations/${s.school.id}/metrics`, definition)).status).toBe(
      403,
    );
    expect(
      (await s.clients.siblingLead.post(`/api/organizations/${s.school.id}/metrics`, definition)).status,
    ).toBe(404);
  });

  it('edits with the version it started from, and archives and restores', async () => {
    const metric = await makeMetric(h.services, s.district, { code: 'ATT' });
    const url = `/api/metrics/${metric.id}`;
    const renamed = await s.clients.districtLead.patch(url, { version: 1, name: 'Attendance rate' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Attendance rate', code: 'ATT', version: 2 });

    const stale = await s.clients.districtLead.patch(url, { version: 1, name: 'Stale' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);

    const archived = await s.clients.districtLead.patch(url, { version: 2, archived: true });
    expect(archived.body).toMatchObject({ archived: true, version: 3 });
    const list = `/api/organizations/${s.school.id}/metrics`;
    expect((await s.clients.lead.get(list)).body.items.map((m: any) => m.id)).not.toContain(metric.id);
    expect((await s.clients.lead.get(`${list}?archived=true`)).body.items.map((m: any) => m.id)).toContain(
      metric.id,
    );
    const restored = await s.clients.districtLead.patch(url, { version: 3, archived: false });
    expect(restored.body.archived).toBe(false);

    // The school reads it but cannot change it; a sibling district's people cannot see it.
    expect((await s.clients.lead.patch(url, { version: 4, name: 'Mine' })).status).toBe(403);
    const { person } = await makePerson(h.services, { role: 'administrator' });
    const stranger = h.client();
    await stranger.login(person.email);
    expect((await stranger.patch(url, { version: 4, name: 'Mine' })).status).toBe(404);
  });
});
