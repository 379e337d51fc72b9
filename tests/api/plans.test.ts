import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents } from '../../src/server/db/schema';
import { loadPlanContent } from '../../src/server/plans/load';
import { planChecks } from '../../src/shared/plans/checks';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan, makePlan, type PlanScenario, planScenario } from '../support/plan-factories';

describe.each(engines)('plans API on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  const scenario = async () => {
    s ??= await planScenario(h);
    return s;
  };
  const auditOf = (entityType: string, entityId: string) =>
    h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)));

  it('builds a complete plan that passes every check', async () => {
    const { plan } = await makeCompletePlan(h.services);
    const content = await runInSystemTransaction(h.services, (ctx) => loadPlanContent(ctx.tx, plan));
    expect(planChecks(content)).toEqual([]);
    expect(plan.checkCount).toBe(0);
    expect(plan.practiceCodes).toEqual(['3c']);
    expect(content.priorities[0].strategies[0].milestones.map((m) => m.number)).toEqual(['1.1.1', '1.1.2']);
  });

  it('starts a plan with an empty direction and needs assessment, lists it and reads it', async () => {
    const s = await scenario();
    const created = await s.clients.lead.post(`/api/organizations/${s.school.id}/plans`, {
      title: '  School improvement plan ',
      startYear: 2026,
      years: 3,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const tree = created.body;
    expect(tree).toMatchObject({
      organizationId: s.school.id,
      title: 'School improvement plan',
      period: {
        startYear: 2026,
        years: 3,
        label: '2026–27 to 2028–29',
        yearLabels: [
          { year: 2026, label: '2026–27' },
          { year: 2027, label: '2027–28' },
          { year: 2028, label: '2028–29' },
        ],
      },
      status: 'draft',
      signedAt: null,
      version: 1,
      direction: {
        version: 1,
        vision: null,
        mission: null,
        purposeIf: null,
        purposeThen: null,
        purposeAnd: null,
        glossary: [],
        leadershipTeam: [],
      },
      needs: { version: 1, elements: { checked: [], other: {} }, process: null, stakeholderInput: null },
      goals: [],
      swot: [],
      rootCauses: [],
      priorities: [],
      organization: {
        id: s.school.id,
        name: s.school.name,
        kind: 'school',
        parent: { id: s.district.id, name: s.district.name, leaderName: null },
      },
      candidates: [],
      signatures: [],
      updates: [],
      abilities: {
        read: true,
        edit: true,
        comment: true,
        requestSignatures: true,
        sign: false,
        recordUpdate: true,
        export: true,
        archive: true,
      },
    });
    // An empty plan has neither goals nor priority areas.
    expect(tree.checkCount).toBe(2);

    const again = await s.clients.lead.post(`/api/organizations/${s.school.id}/plans`, {
      title: 'Second try',
      startYear: 2026,
      years: 2,
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('2026–27');

    const later = await s.clients.team.post(`/api/organizations/${s.school.id}/plans`, {
      title: 'Next plan',
      startYear: 2029,
      years: 1,
    });
    expect(later.status).toBe(201);
    expect(later.body.period.label).toBe('2029–30');

    const list = await s.clients.districtLead.get(`/api/organizations/${s.school.id}/plans`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: later.body.id, title: 'Next plan' }),
      {
        id: tree.id,
        organizationId: s.school.id,
        title: 'School improvement plan',
        period: tree.period,
        status: 'draft',
        signedAt: null,
        checkCount: 2,
        practiceCodes: [],
        updatedAt: tree.updatedAt,
      },
    ]);

    const read = await s.clients.viewer.get(`/api/plans/${tree.id}`);
    expect(read.status).toBe(200);
    expect({ ...read.body, abilities: undefined }).toEqual({ ...tree, abilities: undefined });
    expect(read.body.abilities).toMatchObject({ read: true, edit: false, archive: false });

    const [event] = await auditOf('plan', tree.id);
    expect(event).toMatchObject({ action: 'create', organizationId: s.school.id, actorPersonId: s.ids.lead });
  });

  it('reports bad plan input by field', async () => {
    const s = await scenario();
    const url = `/api/organizations/${s.school.id}/plans`;
    const bad = await s.clients.lead.post(url, { title: ' ', startYear: 1999, years: 9 });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'startYear',
      'title',
      'years',
    ]);
    const missing = await s.clients.lead.get(`/api/plans/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe('Plan was not found.');
  });

  it('renames a plan and shortens its period, dropping targets for years it no longer covers', async () => {
    const s = await scenario();
    const organization = await makeOrganization(h.services, { kind: 'school', parent: s.district });
    const { plan } = await makeCompletePlan(h.services, { organization });
    const lead = await makeLeadFor(organization);

    const stale = await lead.patch(`/api/plans/${plan.id}`, { version: 2, title: 'Too new' });
    expect(stale.status).toBe(409);

    const res = await lead.patch(`/api/plans/${plan.id}`, { version: 1, title: 'Renamed', years: 2 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ title: 'Renamed', version: 2, period: { label: '2026–27 to 2027–28' } });
    const measures = [res.body.goals[0].measures[0], res.body.priorities[0].strategies[0].measures[0]];
    for (const measure of measures) {
      expect(measure.rows[0].targets.map((t: { year: number }) => t.year)).toEqual([2027]);
      expect(measure.version).toBe(2);
    }
    expect(res.body.goals[0].measures[0].rows[0].targets[0]).toEqual({
      year: 2027,
      kind: 'absolute',
      comparator: 'at_least',
      value: 50,
      yearLabel: '2027–28',
      computed: 50,
      text: 'at least 50%',
    });
    // Two years want two targets per row again.
    expect(res.body.checkCount).toBe(2);

    const other = await lead.post(`/api/organizations/${organization.id}/plans`, {
      title: 'Later',
      startYear: 2030,
      years: 1,
    });
    expect(other.status).toBe(201);
    const clash = await lead.patch(`/api/plans/${plan.id}`, { version: 2, startYear: 2030 });
    expect(clash.status).toBe(409);

    const events = await auditOf('plan', plan.id);
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const update = events.find((e) => e.action === 'update');
    expect(update?.after).toMatchObject({
      title: 'Renamed',
      years: 2,
      targetsDroppedFromMeasures: expect.any(Array),
    });
  });

  it('sets the direction and the needs assessment, each with its own version', async () => {
    const s = await scenario();
    const { plan } = await makePlan(h.services, { organization: s.school, startYear: 2035 });
    const direction = {
      version: 1,
      vision: 'Every child reads.',
      mission: ' We teach reading. ',
      purposeIf: 'we coach',
      purposeThen: 'teaching improves',
      purposeAnd: 'students read',
      glossary: [{ term: 'PLC', definition: 'Professional learning community' }],
      leadershipTeam: [{ name: 'Ana Ortiz', position: 'Principal' }, { name: 'Ben Lee' }],
    };
    const put = await s.clients.team.request('PUT', `/api/plans/${plan.id}/direction`, direction);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.direction).toEqual({
      ...direction,
      version: 2,
      mission: 'We teach reading.',
      leadershipTeam: [
        { name: 'Ana Ortiz', position: 'Principal' },
        { name: 'Ben Lee', position: null },
      ],
    });
    expect(put.body.version).toBe(1);

    const stale = await s.clients.lead.request('PUT', `/api/plans/${plan.id}/direction`, {
      ...direction,
      vision: 'Overwritten',
    });
    expect(stale.status).toBe(409);
    expect((await s.clients.lead.get(`/api/plans/${plan.id}`)).body.direction.vision).toBe(
      'Every child reads.',
    );

    const needs = {
      version: 1,
      elements: { checked: ['outcomes_assessments', 'other'], other: { other: 'Family survey' } },
      process: 'Data days each term.',
      stakeholderInput: '',
    };
    const setNeeds = await s.clients.lead.request('PUT', `/api/plans/${plan.id}/needs`, needs);
    expect(setNeeds.status, JSON.stringify(setNeeds.body)).toBe(200);
    expect(setNeeds.body.needs).toEqual({ ...needs, version: 2, stakeholderInput: null });
    const badNeeds = await s.clients.lead.request('PUT', `/api/plans/${plan.id}/needs`, {
      ...needs,
      version: 2,
      elements: { checked: ['nothing'], other: {} },
    });
    expect(badNeeds.status).toBe(400);
    expect(badNeeds.body.issues[0].path).toBe('elements.checked.0');

    expect((await auditOf('plan_direction', plan.id)).map((e) => e.action)).toEqual(['update']);
    expect((await auditOf('plan_needs', plan.id)).map((e) => e.action)).toEqual(['update']);
  });

  it('archives a plan: still readable, no longer editable, and its period is free again', async () => {
    const s = await scenario();
    const { plan } = await makePlan(h.services, { organization: s.school, startYear: 2040 });
    expect((await s.clients.lead.post(`/api/plans/${plan.id}/archive`, { version: 9 })).status).toBe(409);
    const res = await s.clients.lead.post(`/api/plans/${plan.id}/archive`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.abilities).toMatchObject({ read: true, edit: false, archive: false, export: true });
    const list = await s.clients.lead.get(`/api/organizations/${s.school.id}/plans`);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(plan.id);
    const edit = await s.clients.lead.patch(`/api/plans/${plan.id}`, { version: 2, title: 'Again' });
    expect(edit.status).toBe(403);
    expect(edit.body.error).toContain('archived');
    const goal = await s.clients.lead.post(`/api/plans/${plan.id}/goals`, { statement: 'Late goal' });
    expect(goal.status).toBe(403);
    const fresh = await s.clients.lead.post(`/api/organizations/${s.school.id}/plans`, {
      title: 'Fresh start',
      startYear: 2040,
      years: 2,
    });
    expect(fresh.status).toBe(201);
    expect((await auditOf('plan', plan.id)).map((e) => e.action).sort()).toEqual(['archive', 'create']);
  });

  it('lists the people who may be named on the plan, from the district down', async () => {
    const s = await scenario();
    const { plan } = await makePlan(h.services, { organization: s.school, startYear: 2045 });
    const res = await s.clients.coach.get(`/api/plans/${plan.id}/people`);
    expect(res.status).toBe(200);
    const byName = new Map(res.body.items.map((p: { name: string }) => [p.name, p]));
    expect(byName.get('Plan lead')).toEqual({
      id: s.ids.lead,
      name: 'Plan lead',
      organizationName: s.school.name,
      atPlanOrganization: true,
    });
    expect(byName.get('Plan districtLead')).toMatchObject({ atPlanOrganization: false });
    expect(byName.has('Plan siblingLead')).toBe(false);
    const names = res.body.items.map((p: { name: string }) => p.name);
    expect(names.indexOf('Plan districtLead')).toBeLessThan(names.indexOf('Plan lead'));
    expect(names.slice(0, 3)).toEqual(['Plan districtAdmin', 'Plan districtCoach', 'Plan districtLead']);
    expect((await s.clients.siblingLead.get(`/api/plans/${plan.id}/people`)).status).toBe(404);
  });

  async function makeLeadFor(organization: Awaited<ReturnType<typeof makeOrganization>>) {
    const { person } = await makePerson(h.services, { role: 'leader', organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  }
});
