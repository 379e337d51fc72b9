import { beforeAll, describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { seedDemo } from '../../src/server/demo/seed';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';

/** The demo's first months of implementation, read through the API as the demo people would. */
describe.each(engines)('demo monitoring on %s', (engine) => {
  const h = useHarness(engine);
  let byKey: Map<string, OrganizationRow>;
  const id = (key: string) => byKey.get(key)!.id;
  const as = async (email: string) => {
    const client = h.client();
    expect((await client.login(email)).status).toBe(200);
    return client;
  };
  const ok = async (client: Awaited<ReturnType<typeof as>>, path: string) => {
    const res = await client.get(path);
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    byKey = await runInSystemTransaction(h.services, seedDemo);
  });

  it('has monthly statuses, with slipping actions giving their cause and adjustment, then recovering', async () => {
    const principal = await as('principal@example.org');
    const sheet = (period: string) =>
      ok(principal, `/api/organizations/${id('hudson-ms')}/status-sheet?period=${period}&scope=all`);
    const row = (s: any, number: string) => s.items.find((item: any) => item.number === number);

    const october = await sheet('2026-10');
    expect(row(october, '1.1.1.2').current).toMatchObject({
      status: 'at_risk',
      percentComplete: 15,
      cause: expect.stringContaining('long-term substitute'),
      adjustment: expect.stringContaining('co-writes'),
      reportedBy: { name: 'Marcus Johnson' },
      reportedAt: '2026-11-04T21:05:00.000Z',
    });
    const september = await sheet('2026-09');
    expect(row(september, '2.1.1.2').current).toMatchObject({ status: 'behind', cause: expect.any(String) });
    const november = await sheet('2026-11');
    expect(row(november, '1.1.1.2').current.status).toBe('on_track');
    expect(row(november, '2.1.1.2').current.status).toBe('on_track');
    // Completed in August, the training is no longer due.
    expect(row(november, '1.1.1.1')).toBeUndefined();

    const history = await ok(principal, `/api/actions/${row(november, '2.1.1.2').actionId}/status`);
    expect(history.items.map((r: any) => [r.period, r.status])).toEqual([
      ['2026-11', 'on_track'],
      ['2026-10', 'at_risk'],
      ['2026-09', 'behind'],
      ['2026-08', 'on_track'],
    ]);

    const figures = await ok(
      principal,
      `/api/organizations/${id('hudson-ms')}/implementation?period=2026-Q1`,
    );
    expect(figures.totals.reportsIn).toBeGreaterThan(0);
    const causes = figures.strategies.flatMap((s: any) =>
      s.milestones.flatMap((m: any) => m.causesAndAdjustments),
    );
    expect(causes.map((c: any) => c.number)).toEqual(
      expect.arrayContaining(['1.1.1.2', '2.1.1.2', '2.1.1.1']),
    );
  });

  it('has the semester review of a milestone behind, with its cause and adjustment', async () => {
    const principal = await as('principal@example.org');
    const sheet = await ok(
      principal,
      `/api/organizations/${id('hudson-ms')}/milestone-reviews?semester=2026-S1`,
    );
    const reviews = sheet.items.filter((item: any) => item.review);
    expect(reviews.map((item: any) => [item.milestone.number, item.review.behind])).toEqual([
      ['1.1.1', false],
      ['2.1.1', true],
    ]);
    expect(reviews[1].review.cause).toContain('8 of 9');
  });

  it('shows the schools that have not reported to the district', async () => {
    const superintendent = await as('superintendent@example.org');
    const gaps = await ok(superintendent, `/api/organizations/${id('hudson')}/reporting-gaps?period=2026-11`);
    const below = new Map(gaps.below.map((b: any) => [b.name, b]));
    // Three actions were due in November: the mentor matching was completed in September.
    expect(below.get('Hudson Middle School')).toMatchObject({ due: 3, reported: 3 });
    expect(below.get('Lincoln Elementary School')).toMatchObject({ reported: 0, due: expect.any(Number) });
    expect((below.get('Lincoln Elementary School') as any).due).toBeGreaterThan(0);
  });

  it('has quarterly reading and math benchmarks by grade for every demo school', async () => {
    const principal = await as('principal@example.org');
    const metrics = await ok(principal, `/api/organizations/${id('hudson-ms')}/metrics`);
    const math = metrics.items.find((m: any) => m.code === 'STATE-MATH');
    expect(math).toMatchObject({
      name: 'Math benchmark proficiency (%)',
      organizationName: 'State Department of Education',
    });
    const values = await ok(
      principal,
      `/api/organizations/${id('hudson-ms')}/observations?metricId=${math.id}`,
    );
    const fall = values.items.filter((o: any) => o.period === '2026-Q1');
    expect(Object.fromEntries(fall.map((o: any) => [o.breakdown, o.value]))).toEqual({
      '': 31,
      'Grade 6': 35,
      'Grade 7': 22,
      'Grade 8': 34,
    });

    const lead = await as('state.lead@example.org');
    for (const key of ['lincoln-es', 'riverside-hs', 'cedarcreek-es']) {
      const list = await ok(lead, `/api/organizations/${id(key)}/observations?metricId=${math.id}`);
      const breakdowns = new Set(list.items.map((o: any) => o.breakdown));
      expect(breakdowns.size, key).toBeGreaterThan(2);
      expect(new Set(list.items.map((o: any) => o.period)).size, key).toBe(5);
    }
  });

  it("links Hudson Middle School's growth targets by grade to the state metric, so target and actual show", async () => {
    const principal = await as('principal@example.org');
    const plans = await ok(principal, `/api/organizations/${id('hudson-ms')}/plans`);
    const progress = await ok(principal, `/api/plans/${plans.items[0].id}/measures`);
    const byGrade = progress.items.find((m: any) => m.metric?.code === 'STATE-MATH-GROWTH');
    expect(byGrade.owner).toMatchObject({ kind: 'goal', number: '1' });
    expect(
      byGrade.rows.map((r: any) => {
        const year = r.years.find((y: any) => y.year === 2026);
        return [r.label, r.baseline, year.target, year.actual, year.actualPeriod];
      }),
    ).toEqual([
      ['Grade 6', 21, 32, 27, '2026-Q1'],
      ['Grade 7', 12, 30, 20, '2026-Q1'],
      ['Grade 8', 19, 30, 25, '2026-Q1'],
    ]);
    const lessons = progress.items.find((m: any) => m.metric?.code === 'HMS-LESSON-PLANS');
    expect(lessons.owner).toMatchObject({ kind: 'strategy', number: '1.1' });
    expect(lessons.rows[0].years.find((y: any) => y.year === 2026)).toMatchObject({ target: 50, actual: 38 });
    // The overall growth measure is the team's to link.
    expect(progress.items.filter((m: any) => m.metric === null).length).toBeGreaterThan(0);
  });

  it('has supports requested, provided and rated, and adjustments with their causes', async () => {
    const lead = await as('state.lead@example.org');
    const below = await ok(lead, `/api/organizations/${id('state')}/supports?direction=below`);
    const learning = below.items.find((s: any) => s.organization.name === 'Hudson School District');
    expect(learning).toMatchObject({
      status: 'closed',
      practiceCode: '2b',
      providerOrganization: { name: 'State Department of Education' },
      effectivenessRating: 4,
    });
    expect(learning.need).toContain('personalized learning');

    const superintendent = await as('superintendent@example.org');
    const asked = await ok(
      superintendent,
      `/api/organizations/${id('hudson')}/supports?direction=requested_of_us`,
    );
    // Hudson Middle School's three requests, and the coach the district gave Lincoln Elementary School unasked.
    expect(asked.items.map((s: any) => [s.organization.name, s.status]).sort()).toEqual([
      ['Hudson Middle School', 'closed'],
      ['Hudson Middle School', 'provided'],
      ['Hudson Middle School', 'requested'],
      ['Lincoln Elementary School', 'provided'],
    ]);

    const log = await ok(superintendent, `/api/organizations/${id('hudson')}/adjustments?below=true`);
    expect(log.items.map((a: any) => [a.organization.name, a.decidedOn])).toEqual([
      ['Hudson Middle School', '2026-11-04'],
      ['Hudson School District', '2026-10-14'],
      ['Hudson Middle School', '2026-10-02'],
    ]);
    expect(log.items[1]).toMatchObject({
      decidedBy: 'Superintendent’s cabinet',
      cause: expect.stringContaining('lagged'),
    });

    const inbox = await ok(superintendent, '/api/me/notifications');
    const dates = inbox.items.map((n: any) => n.createdAt.slice(0, 7));
    expect(dates.every((d: string) => d >= '2026-08' && d <= '2026-12')).toBe(true);
  });
});
