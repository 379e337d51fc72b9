import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { moveOrganization } from '../../src/server/commands/organizations/move';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { actionStatusLatest, auditEvents } from '../../src/server/db/schema';
import { loadOrganization } from '../../src/server/queries/organizations';
import { addMonths, monthOf } from '../../src/shared/monitoring/calendar';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { expectSummariesMatchReports, makeMonitoredPlan, makeReport } from '../support/monitoring-factories';
import { findInTree } from '../support/plan-factories';

describe.each(engines)('monthly status API on %s', (engine) => {
  const h = useHarness(engine);
  const db = () => h.services.database.db;

  async function signIn(
    role: Role,
    organization: Awaited<ReturnType<typeof makeOrganization>>,
    name?: string,
  ) {
    const { person } = await makePerson(h.services, { role, organization, name });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { person, client };
  }

  /** A school in a district with the hand-computed plan, its leader, and two action owners. */
  async function setup() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const lead = await signIn('leader', school, 'Lee Lead');
    const owner = await signIn('action_owner', school, 'Olive Owner');
    const other = await signIn('action_owner', school, 'Otto Other');
    const { plan, ids } = await makeMonitoredPlan(h.services, {
      organization: school,
      owner: owner.person.id,
      other: other.person.id,
    });
    return { district, school, plan, ids, lead, owner, other };
  }

  async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
    const r = await res;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  }

  const post = (client: TestClient, actionId: string, body: unknown) =>
    client.post(`/api/actions/${actionId}/status`, body);

  it('records a month, refuses a second report without the version, and replaces it with one', async () => {
    const { ids, lead, school } = await setup();
    const [a1] = ids.actions;
    const first = await ok(
      post(lead.client, a1, {
        period: '2026-09',
        status: 'on_track',
        percentComplete: 40,
        budgetUsed: 120.5,
      }),
      201,
    );
    expect(first).toMatchObject({
      actionId: a1,
      period: '2026-09',
      status: 'on_track',
      percentComplete: 40,
      budgetUsed: 120.5,
      cause: null,
      reportedBy: { id: lead.person.id, name: 'Lee Lead' },
      version: 1,
    });

    const again = await post(lead.client, a1, {
      period: '2026-09',
      status: 'completed',
      percentComplete: 100,
    });
    expect(again.status).toBe(409);
    expect(again.body.current).toMatchObject({ id: first.id, status: 'on_track', version: 1 });

    const replaced = await ok(
      post(lead.client, a1, { period: '2026-09', status: 'completed', percentComplete: 100, version: 1 }),
    );
    expect(replaced).toMatchObject({ id: first.id, status: 'completed', budgetUsed: null, version: 2 });
    const stale = await post(lead.client, a1, {
      period: '2026-09',
      status: 'on_track',
      percentComplete: 90,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);

    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'action_status_report'), eq(auditEvents.entityId, first.id)));
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(audit.every((e) => e.organizationId === school.id)).toBe(true);

    await ok(post(lead.client, a1, { period: '2026-08', status: 'on_track', percentComplete: 20 }), 201);
    const history = await ok(lead.client.get(`/api/actions/${a1}/status`));
    expect(history.items.map((r: any) => [r.period, r.status])).toEqual([
      ['2026-09', 'completed'],
      ['2026-08', 'on_track'],
    ]);
  });

  it('names the field that is missing or out of range', async () => {
    const { ids, lead } = await setup();
    const [a1] = ids.actions;
    const behind = await post(lead.client, a1, { period: '2026-09', status: 'behind', percentComplete: 10 });
    expect(behind.status).toBe(400);
    expect(behind.body.issues.map((i: any) => i.path).sort()).toEqual(['adjustment', 'cause']);
    const risk = await post(lead.client, a1, {
      period: '2026-09',
      status: 'at_risk',
      percentComplete: 10,
      adjustment: 'Weekly check-ins',
    });
    expect(risk.body.issues.map((i: any) => i.path)).toEqual(['cause']);

    const nextMonth = addMonths(monthOf(new Date().toISOString()), 1);
    const future = await post(lead.client, a1, {
      period: nextMonth,
      status: 'on_track',
      percentComplete: 10,
    });
    expect(future.status).toBe(400);
    expect(future.body.issues[0].path).toBe('period');
    const before = await post(lead.client, a1, {
      period: '2026-07',
      status: 'on_track',
      percentComplete: 10,
    });
    expect(before.status).toBe(400);
    expect(before.body.issues[0]).toMatchObject({ path: 'period' });
    expect(before.body.issues[0].message).toContain('2026–29');
    const badMonth = await post(lead.client, a1, {
      period: '2026-13',
      status: 'on_track',
      percentComplete: 10,
    });
    expect(badMonth.body.issues[0].path).toBe('period');
  });

  it('lists the month’s due actions with this and the last report, by person, team or all', async () => {
    const { ids, lead, owner, other, school } = await setup();
    const [a1, a2, a3, a4] = ids.actions;
    await makeReport(h.services, a1, { period: '2026-09', status: 'completed', percentComplete: 100 });
    await makeReport(h.services, a2, { period: '2026-09', status: 'on_track', percentComplete: 20 });
    await makeReport(h.services, a3, { period: '2026-08', status: 'cancelled', percentComplete: 0 });
    await makeReport(h.services, a2, {
      period: '2026-10',
      status: 'behind',
      percentComplete: 30,
      cause: 'Staff out',
      adjustment: 'Move sessions',
    });
    const url = (query: string) => `/api/organizations/${school.id}/status-sheet?period=2026-10&${query}`;

    const all = await ok(lead.client.get(url('scope=all')));
    expect(all).toMatchObject({ organizationId: school.id, period: '2026-10', dueDate: '2026-11-05' });
    expect(all.teams).toEqual(['Literacy', 'Math']);
    expect(all.items.map((r: any) => r.number)).toEqual(['1.1.1.2', '1.1.2.1']);
    const [observe, benchmark] = all.items;
    expect(observe).toMatchObject({
      actionId: a2,
      description: 'Observe classrooms',
      milestone: { number: '1.1.1', title: 'Coaching cycle one', responsibleTeam: 'Literacy' },
      strategy: { number: '1.1', title: 'Guided reading' },
      responsible: { personId: owner.person.id, name: 'Olive Owner' },
      current: { period: '2026-10', status: 'behind', cause: 'Staff out' },
      previous: { period: '2026-09', status: 'on_track' },
      late: false,
      abilities: { report: true },
    });
    expect(benchmark).toMatchObject({ actionId: a4, current: null, previous: null, late: true });

    const literacy = await ok(lead.client.get(url('scope=team&team=literacy')));
    expect(literacy.items.map((r: any) => r.actionId)).toEqual([a2]);
    expect((await ok(lead.client.get(url('scope=mine')))).items).toEqual([]);

    // Action owners only ever see their own actions, and may report only on those.
    const mine = await ok(other.client.get(url('scope=all')));
    expect(mine.items.map((r: any) => [r.actionId, r.abilities.report])).toEqual([[a4, true]]);
    const sept = await ok(owner.client.get(`/api/organizations/${school.id}/status-sheet?period=2026-09`));
    expect(sept.items.map((r: any) => r.number)).toEqual(['1.1.1.2']);
    expect(sept.items[0].current.status).toBe('on_track');

    // In August the second action had not started; the one cancelled that month is listed with its report.
    const aug = await ok(
      lead.client.get(`/api/organizations/${school.id}/status-sheet?period=2026-08&scope=all`),
    );
    expect(aug.items.map((r: any) => r.number)).toEqual(['1.1.1.1', '1.1.1.3']);
  });

  it('shows who has not reported, here and below', async () => {
    const { district, school, ids, other } = await setup();
    const [, a2, , a4] = ids.actions;
    await makeReport(h.services, a2, { period: '2026-10', status: 'on_track', percentComplete: 30 });
    const districtLead = await signIn('leader', district);

    const gaps = await ok(
      districtLead.client.get(`/api/organizations/${school.id}/reporting-gaps?period=2026-10`),
    );
    expect(gaps).toMatchObject({ due: 4, reported: 1, dueDate: '2026-11-05', overdue: true });
    expect(gaps.missing).toEqual([
      {
        personId: expect.any(String),
        name: 'Olive Owner',
        actions: [expect.objectContaining({ number: '1.1.1.3' })],
      },
      {
        personId: other.person.id,
        name: 'Otto Other',
        actions: [{ actionId: a4, number: '1.1.2.1', description: 'Give the benchmark' }],
      },
      { personId: null, name: 'Sam Typed', actions: [expect.objectContaining({ number: '1.1.1.1' })] },
    ]);

    const above = await ok(
      districtLead.client.get(`/api/organizations/${district.id}/reporting-gaps?period=2026-10`),
    );
    expect(above).toMatchObject({ due: 0, reported: 0, missing: [] });
    expect(above.below).toEqual([
      { organizationId: school.id, name: school.name, kind: 'school', due: 4, reported: 1 },
    ]);
  });

  it('keeps the summary tables equal to a recomputation through writes, corrections, moves and deletes', async () => {
    const { ids, lead, plan, school, district } = await setup();
    const [a1, a2, a3, a4] = ids.actions;
    const report = (actionId: string, body: Record<string, unknown>, status = 201) =>
      ok(post(lead.client, actionId, { percentComplete: 50, status: 'on_track', ...body }), status);

    await report(a1, { period: '2026-08', budgetUsed: 100 });
    const sep = await report(a1, { period: '2026-09', budgetUsed: 50.25 });
    await report(a2, { period: '2026-09', status: 'at_risk', cause: 'Late start', adjustment: 'Add a day' });
    await report(a3, { period: '2026-09', status: 'cancelled', budgetUsed: 10 });
    await report(a4, { period: '2026-10', budgetUsed: 1 });
    await report(a2, { period: '2026-10', status: 'completed', percentComplete: 100, budgetUsed: 75 });
    expect(await expectSummariesMatchReports(db(), school.id)).toEqual({ months: 3, latest: 4 });

    // Correcting an older month leaves the latest status where it is.
    await report(a1, { period: '2026-09', status: 'completed', budgetUsed: 70, version: sep.version }, 200);
    await report(
      a2,
      { period: '2026-09', status: 'behind', cause: 'Late', adjustment: 'Catch up', version: 1 },
      200,
    );
    await expectSummariesMatchReports(db(), school.id);

    // Moving an action and changing a strategy's practices carry over to the latest-status rows.
    let tree = await ok(lead.client.get(`/api/plans/${plan.id}`));
    const action4 = findInTree(tree, a4);
    await ok(
      lead.client.patch(`/api/plans/${plan.id}/actions/${a4}`, {
        milestoneId: ids.milestones[0],
        endDate: '2026-12-20',
        version: action4.version,
      }),
    );
    const strategy = findInTree(tree, ids.strategies[0]);
    await ok(
      lead.client.patch(`/api/plans/${plan.id}/strategies/${strategy.id}`, {
        practiceCodes: ['3c', '2b'],
        version: strategy.version,
      }),
    );
    await expectSummariesMatchReports(db(), school.id);

    // Moving the school to another district carries its rows to the new path and district.
    const state = await loadOrganization(db(), district.parentId!);
    const elsewhere = await makeOrganization(h.services, { kind: 'district', parent: state });
    await runInSystemTransaction(h.services, async (ctx) =>
      moveOrganization(ctx, {
        organization: await loadOrganization(ctx.tx, school.id),
        parent: elsewhere,
        version: school.version,
      }),
    );
    const [moved] = await db()
      .select()
      .from(actionStatusLatest)
      .where(eq(actionStatusLatest.organizationId, school.id))
      .limit(1);
    expect(moved).toMatchObject({
      districtId: elsewhere.id,
      organizationPath: `${elsewhere.path}${school.id}/`,
    });
    await expectSummariesMatchReports(db(), school.id);

    tree = await ok(lead.client.get(`/api/plans/${plan.id}`));
    await ok(
      lead.client.delete(`/api/plans/${plan.id}/actions/${a3}?version=${findInTree(tree, a3).version}`),
    );
    expect(await expectSummariesMatchReports(db(), school.id)).toEqual({ months: 3, latest: 3 });
    await ok(
      lead.client.delete(
        `/api/plans/${plan.id}/milestones/${ids.milestones[0]}?version=${findInTree(tree, ids.milestones[0]).version}`,
      ),
    );
    // Every action left with reports sat under that milestone, so every month is gone.
    expect(await expectSummariesMatchReports(db(), school.id)).toEqual({ months: 0, latest: 0 });
  });

  it('takes an archived plan’s reports out of the summaries and keeps them as its history', async () => {
    const { ids, lead, plan, school } = await setup();
    const [a1, a2] = ids.actions;
    await ok(post(lead.client, a1, { period: '2026-09', status: 'on_track', percentComplete: 20 }), 201);
    await ok(post(lead.client, a2, { period: '2026-09', status: 'completed', percentComplete: 100 }), 201);
    expect(await expectSummariesMatchReports(db(), school.id)).toEqual({ months: 1, latest: 2 });
    const { version } = await ok(lead.client.get(`/api/plans/${plan.id}`));
    await ok(lead.client.post(`/api/plans/${plan.id}/archive`, { version }));
    expect(await expectSummariesMatchReports(db(), school.id)).toEqual({ months: 0, latest: 0 });
    const history = await ok(lead.client.get(`/api/actions/${a1}/status`));
    expect(history.items.map((r: any) => r.period)).toEqual(['2026-09']);
  });
});
