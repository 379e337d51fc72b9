import { describe, expect, it } from 'vitest';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeMonitoredPlan } from '../support/monitoring-factories';

describe.each(engines)('implementation figures API on %s', (engine) => {
  const h = useHarness(engine);

  async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
    const r = await res;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  }

  it('works out Tool A’s tables for a small plan as computed by hand', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const lead = h.client();
    await lead.login(person.email);
    const { plan, ids } = await makeMonitoredPlan(h.services, {
      organization: school,
      owner: null,
      other: null,
    });
    const [a1, a2, a3, a4] = ids.actions;
    const [m1, m2, m3] = ids.milestones;
    const report = (actionId: string, body: Record<string, unknown>) =>
      ok(lead.post(`/api/actions/${actionId}/status`, body), 201);

    await report(a1, { period: '2026-08', status: 'on_track', percentComplete: 50, budgetUsed: 200 });
    await report(a1, {
      period: '2026-09',
      status: 'completed',
      percentComplete: 100,
      outputsDone: 'Training done',
      resourcesUsed: 'Substitutes',
      budgetUsed: 300,
    });
    await report(a2, { period: '2026-09', status: 'on_track', percentComplete: 20, comment: 'Started' });
    await report(a2, {
      period: '2026-10',
      status: 'behind',
      percentComplete: 30,
      cause: 'Staff out',
      adjustment: 'Move sessions',
      budgetUsed: 100,
    });
    await report(a3, { period: '2026-08', status: 'cancelled', percentComplete: 0 });
    // Reports after the quarter do not change it.
    await report(a4, { period: '2026-11', status: 'completed', percentComplete: 100, budgetUsed: 999 });

    const url = `/api/organizations/${school.id}/implementation?period=2026-Q1`;
    const q1 = await ok(lead.get(url));
    expect(q1).toMatchObject({
      organizationId: school.id,
      planId: plan.id,
      period: '2026-Q1',
      months: ['2026-08', '2026-09', '2026-10'],
      semester: '2026-S1',
      totals: {
        actions: 3,
        actionsCompletedPct: 33.3,
        actionsOnTimePct: 66.7,
        actionsBehindPct: 33.3,
        budgetPlanned: 1500,
        budgetUsed: 600,
        reportsDue: 6,
        reportsIn: 5,
      },
      trend: [{ period: '2026-Q1', actionsCompletedPct: 33.3, budgetUsed: 600 }],
    });
    const [first, second] = q1.strategies;
    expect(first.strategy).toEqual({
      id: ids.strategies[0],
      number: '1.1',
      title: 'Guided reading',
      practiceCodes: ['3c'],
    });
    expect(first.milestones[0]).toEqual({
      milestone: { id: m1, number: '1.1.1', title: 'Coaching cycle one', dueDate: '2026-12-15' },
      actions: 2,
      actionsCompletedPct: 50,
      outputsCompleted: [{ actionId: a1, number: '1.1.1.1', outputs: 'Training done' }],
      actionsOnTimePct: 50,
      actionsBehindPct: 50,
      causesAndAdjustments: [
        {
          itemId: a2,
          number: '1.1.1.2',
          period: '2026-10',
          status: 'behind',
          cause: 'Staff out',
          adjustment: 'Move sessions',
        },
      ],
      budgetPlanned: 1500,
      budgetUsed: 600,
      resourcesUsed: ['Substitutes'],
      comments: ['Started'],
    });
    expect(first.milestones[1]).toMatchObject({
      milestone: { id: m2, number: '1.1.2' },
      actions: 1,
      actionsCompletedPct: 0,
      actionsOnTimePct: 100,
      actionsBehindPct: 0,
      budgetPlanned: 0,
      budgetUsed: 0,
    });
    expect(first.semester).toEqual({
      semester: '2026-S1',
      milestones: 2,
      milestonesCompletedPct: 0,
      milestonesBehind: [
        { id: m1, number: '1.1.1', title: 'Coaching cycle one' },
        { id: m2, number: '1.1.2', title: 'Benchmark review' },
      ],
      causesAndAdjustments: [],
    });
    expect(second.semester).toMatchObject({ milestones: 1, milestonesCompletedPct: 0, milestonesBehind: [] });
    expect(second.milestones[0]).toMatchObject({
      milestone: { id: m3 },
      actions: 0,
      actionsCompletedPct: null,
    });

    // The team's review outweighs what the reports suggest.
    await ok(
      lead.request('PUT', `/api/milestones/${m2}/reviews`, {
        semester: '2026-S1',
        completed: true,
        behind: false,
        adjustment: 'Folded into the spring benchmark',
      }),
    );
    const reviewed = await ok(lead.get(url));
    expect(reviewed.strategies[0].semester).toMatchObject({
      milestonesCompletedPct: 50,
      milestonesBehind: [{ id: m1 }],
      causesAndAdjustments: [
        {
          itemId: m2,
          number: '1.1.2',
          period: '2026-S1',
          status: null,
          adjustment: 'Folded into the spring benchmark',
        },
      ],
    });

    const q2 = await ok(lead.get(`/api/organizations/${school.id}/implementation?period=2026-Q2`));
    expect(q2.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(q2.trend.map((t: any) => t.period)).toEqual(['2026-Q1', '2026-Q2']);
    expect(q2.totals).toMatchObject({ actions: 3, budgetUsed: 999 });

    const current = await ok(lead.get(`/api/organizations/${school.id}/implementation`));
    expect(current.period).toMatch(/^\d{4}-Q[1-4]$/);
    const none = await ok(lead.get(`/api/organizations/${school.id}/implementation?period=2030-Q1`));
    expect(none).toMatchObject({
      planId: null,
      strategies: [],
      totals: { actions: 0, actionsCompletedPct: null },
    });
  });
});
