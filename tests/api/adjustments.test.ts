import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { today } from '../../src/server/adjustments/decision';
import { auditEvents, outboxEmails } from '../../src/server/db/schema';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan } from '../support/plan-factories';

const decision = {
  cause: 'Two monthly status reports show coaching cycles slipping: two coaches left in October.',
  evidence: 'October and November status reports; coaching logs for 14 of 30 teachers.',
  decidedBy: 'School leadership team',
};

describe.each(engines)('adjustments API on %s', (engine) => {
  const h = useHarness(engine);

  async function signIn(organization: OrganizationRow, role: Role) {
    const { person } = await makePerson(h.services, { role, organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { id: person.id, email: person.email, client };
  }

  /** A state, a district with two schools, and the first school's complete plan, signed. */
  async function scenario() {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state });
    const school = await makeOrganization(h.services, {
      kind: 'school',
      parent: district,
      name: 'Adams Middle',
    });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const lead = await signIn(school, 'leader');
    const teacher = await signIn(school, 'team_member');
    const superintendent = await signIn(district, 'leader');
    const districtAdmin = await signIn(district, 'administrator');
    const districtStaff = await signIn(district, 'team_member');
    const stateLead = await signIn(state, 'leader');
    const siblingLead = await signIn(sibling, 'leader');
    const { plan, ids } = await makeCompletePlan(h.services, { organization: school });
    const url = `/api/plans/${plan.id}`;
    const asked = await lead.client.post(`${url}/signatures`, {
      signatories: [{ personId: teacher.id, roleInPlan: 'Teacher representative' }],
    });
    const signed = await teacher.client.post(`${url}/signatures/${asked.body.signatures[0].id}/sign`, {});
    expect(signed.body.status).toBe('signed');
    const strategy = signed.body.priorities[0].strategies[0];
    return {
      state,
      district,
      school,
      sibling,
      plan,
      ids,
      url,
      strategy,
      lead,
      teacher,
      superintendent,
      districtAdmin,
      districtStaff,
      stateLead,
      siblingLead,
    };
  }

  const inbox = async (client: any) => (await client.get('/api/me/notifications')).body.items as any[];

  it('records an update to a signed plan as an adjustment, which only comes with cause, evidence and decider', async () => {
    const s = await scenario();
    const edited = await s.lead.client.patch(`${s.url}/strategies/${s.strategy.id}`, {
      version: s.strategy.version,
      toaThen: 'every classroom runs guided reading four days a week',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);

    const bare = await s.lead.client.post(`${s.url}/versions`, {
      summary: 'Guided reading four days a week',
    });
    expect(bare.status).toBe(400);
    expect(bare.body.issues.map((i: any) => i.path)).toEqual(['cause', 'evidence', 'decidedBy']);
    expect((await s.lead.client.get(`/api/organizations/${s.school.id}/adjustments`)).body.items).toEqual([]);

    const recorded = await s.lead.client.post(`${s.url}/versions`, {
      summary: 'Guided reading four days a week',
      ...decision,
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const version = recorded.body.updates.at(-1).number;

    const log = await s.lead.client.get(`/api/organizations/${s.school.id}/adjustments`);
    expect(log.status).toBe(200);
    expect(log.body.abilities).toEqual({ record: true });
    expect(log.body.items).toEqual([
      {
        id: expect.any(String),
        organization: { id: s.school.id, name: 'Adams Middle' },
        plan: { id: s.plan.id, title: s.plan.title },
        planVersion: version,
        strategy: null,
        milestone: null,
        summary: 'Guided reading four days a week',
        ...decision,
        decidedOn: today(),
        createdBy: { id: s.lead.id, name: expect.any(String) },
        createdAt: expect.any(String),
        link: `/o/${s.school.id}/plans/${s.plan.id}?tab=history`,
      },
    ]);

    // Leaders and administrators of every level above are told; staff who are not leaders are not.
    for (const who of [s.superintendent, s.districtAdmin, s.stateLead]) {
      const items = await inbox(who.client);
      expect(items[0]).toMatchObject({
        kind: 'adjustment',
        title: 'Adams Middle adjusted course: Guided reading four days a week',
        link: `/o/${s.school.id}/adjust`,
      });
    }
    expect((await inbox(s.districtStaff.client)).filter((n) => n.kind === 'adjustment')).toEqual([]);
    const emails = await h.services.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, s.superintendent.email));
    expect(emails.map((e) => e.subject)).toContain(
      'Adams Middle adjusted course: Guided reading four days a week',
    );
    const audit = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, log.body.items[0].id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('records an adjustment without a plan change, tied to the organization’s own milestone', async () => {
    const s = await scenario();
    const milestoneId = s.ids.milestones[1];
    const path = `/api/organizations/${s.school.id}/adjustments`;
    const input = {
      summary: 'Coaching cycle 2 moves from December to February.',
      ...decision,
      decidedOn: '2026-11-20',
      milestoneId,
    };

    const missing = await s.lead.client.post(path, { summary: 'Later' });
    expect(missing.status).toBe(400);
    expect(missing.body.issues.map((i: any) => i.path).sort()).toEqual(['cause', 'decidedBy', 'evidence']);
    const other = await makeCompletePlan(h.services, { organization: s.sibling });
    const foreign = await s.lead.client.post(path, { ...input, milestoneId: other.ids.milestones[0] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.issues[0].path).toBe('milestoneId');
    const mismatch = await s.lead.client.post(path, { ...input, strategyId: other.ids.strategy });
    expect(mismatch.body.issues[0].path).toBe('milestoneId');

    const created = await s.lead.client.post(path, input);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      plan: { id: s.plan.id },
      planVersion: null,
      strategy: { id: s.ids.strategy, number: '1.1', title: 'Guided reading in every classroom' },
      milestone: { id: milestoneId, number: '1.1.2', title: 'Coaching cycle 2 complete' },
      decidedOn: '2026-11-20',
      link: `/o/${s.school.id}/plans/${s.plan.id}?tab=plan&focus=plan/milestone/${milestoneId}`,
    });
    expect((await inbox(s.superintendent.client))[0]).toMatchObject({ kind: 'adjustment' });

    // Only the school's planning team records; the district reads, also through `below`; a sibling sees nothing.
    expect((await s.superintendent.client.post(path, input)).status).toBe(403);
    expect((await s.teacher.client.post(path, input)).status).toBe(201);
    const district = await s.superintendent.client.get(path);
    expect(district.status).toBe(200);
    expect(district.body.items).toHaveLength(2);
    expect(district.body.abilities).toEqual({ record: false });
    const below = await s.superintendent.client.get(
      `/api/organizations/${s.district.id}/adjustments?below=true`,
    );
    expect(below.body.items.map((a: any) => a.organization.id)).toEqual([s.school.id, s.school.id]);
    const own = await s.superintendent.client.get(`/api/organizations/${s.district.id}/adjustments`);
    expect(own.body.items).toEqual([]);
    expect((await s.siblingLead.client.get(path)).status).toBe(404);
    expect((await s.siblingLead.client.post(path, input)).status).toBe(404);
    expect(
      (await s.siblingLead.client.get(`/api/organizations/${s.district.id}/adjustments?below=true`)).status,
    ).toBe(403);
  });
});
