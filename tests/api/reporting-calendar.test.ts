import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { defaultCalendar } from '../../src/shared/monitoring/calendar';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('reporting calendar API on %s', (engine) => {
  const h = useHarness(engine);

  async function signIn(role: Role, organization: Awaited<ReturnType<typeof makeOrganization>>) {
    const { person } = await makePerson(h.services, { role, organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  }

  const july = {
    yearStartMonth: 7,
    statusDueDay: 10,
    quarterStartMonths: [7, 10, 1, 4],
    semesterStartMonths: [7, 1],
    annualReviewMonth: 5,
  };

  it('inherits the nearest calendar above, overrides it, and goes back to inheriting', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const stateAdmin = await signIn('administrator', state);
    const districtLead = await signIn('leader', district);
    const schoolLead = await signIn('leader', school);
    const url = (id: string) => `/api/organizations/${id}/reporting-calendar`;

    const initial = await schoolLead.get(url(school.id));
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({
      organizationId: school.id,
      ...defaultCalendar,
      source: 'default',
      sourceOrganizationId: null,
      sourceOrganizationName: null,
      version: null,
      abilities: { edit: true },
    });

    const set = await stateAdmin.request('PUT', url(state.id), july);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ ...july, source: 'own', version: 1, abilities: { edit: true } });

    const inherited = (await schoolLead.get(url(school.id))).body;
    expect(inherited).toMatchObject({
      ...july,
      source: 'inherited',
      sourceOrganizationId: state.id,
      sourceOrganizationName: state.name,
      version: null,
    });
    // A district leader may not change the state's calendar but may set the district's own.
    expect((await districtLead.request('PUT', url(state.id), { ...july, version: 1 })).status).toBe(403);

    const own = { ...july, statusDueDay: 3 };
    expect((await districtLead.request('PUT', url(district.id), own)).status).toBe(200);
    expect((await schoolLead.get(url(school.id))).body).toMatchObject({
      statusDueDay: 3,
      source: 'inherited',
      sourceOrganizationId: district.id,
    });

    const stale = await districtLead.request('PUT', url(district.id), { ...own, statusDueDay: 4 });
    expect(stale.status).toBe(409);
    const changed = await districtLead.request('PUT', url(district.id), {
      ...own,
      statusDueDay: 4,
      version: 1,
    });
    expect(changed.body).toMatchObject({ statusDueDay: 4, version: 2 });

    expect((await districtLead.delete(`${url(district.id)}?version=1`)).status).toBe(409);
    const cleared = await districtLead.delete(`${url(district.id)}?version=2`);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      source: 'inherited',
      sourceOrganizationId: state.id,
      statusDueDay: 10,
    });

    const events = await h.services.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'reporting_calendar'), eq(auditEvents.entityId, district.id)));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('explains a calendar out of order, and keeps it from those who may not change it', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const lead = await signIn('leader', school);
    const url = `/api/organizations/${school.id}/reporting-calendar`;

    const bad = await lead.request('PUT', url, { ...july, quarterStartMonths: [8, 10, 1, 4] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(['quarterStartMonths.0']);
    const order = await lead.request('PUT', url, { ...july, semesterStartMonths: [7, 7] });
    expect(order.body.issues.map((i: { path: string }) => i.path)).toEqual(['semesterStartMonths.1']);
    const shape = await lead.request('PUT', url, { ...july, statusDueDay: 31 });
    expect(shape.body.issues.map((i: { path: string }) => i.path)).toEqual(['statusDueDay']);

    const team = await signIn('team_member', school);
    expect((await team.request('PUT', url, july)).status).toBe(403);
    expect((await team.get(url)).body.abilities.edit).toBe(false);
    const other = await signIn('leader', sibling);
    expect((await other.get(url)).status).toBe(404);
  });
});
