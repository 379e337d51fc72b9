import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';
import { makeMeasuredPlan, makeMetric } from '../support/performance-factories';
import { type PlanScenario, planScenario } from '../support/plan-factories';

describe.each(engines)('measure progress API on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  let made: Awaited<ReturnType<typeof makeMeasuredPlan>>;
  let metric: { id: string; code: string };
  beforeAll(async () => {
    s = await planScenario(h);
    made = await makeMeasuredPlan(h.services, s.school);
    metric = await makeMetric(h.services, s.district, { code: 'READ-MID', name: 'Reading benchmark' });
  });
  const progress = (asOf: string) => s.clients.viewer.get(`/api/plans/${made.plan.id}/measures?asOf=${asOf}`);
  const linkUrl = () => `/api/measures/${made.goalMeasure.id}/metric`;
  const reviewUrl = () => `/api/measures/${made.goalMeasure.id}/reviews`;

  it('lists every goal then strategy measure with targets per year, no actuals before a metric is linked', async () => {
    const res = await progress('2027-01-31');
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: any) => [m.owner.kind, m.owner.number, m.indicator, m.metric])).toEqual([
      ['goal', '1', 'Students proficient on the reading benchmark', null],
      ['strategy', '1.1', 'Classrooms observed running guided reading', null],
    ]);
    const [overall, grade7] = res.body.items[0].rows;
    expect(overall).toMatchObject({ label: 'All students', breakdown: '', baseline: 42, series: [] });
    expect(overall.years).toEqual([
      {
        year: 2026,
        label: '2026–27',
        target: 50,
        targetText: 'at least 50%',
        actual: null,
        actualPeriod: null,
        standing: 'no_data',
      },
      {
        year: 2027,
        label: '2027–28',
        target: 52,
        targetText: '+10% (52%)',
        actual: null,
        actualPeriod: null,
        standing: 'not_due',
      },
      {
        year: 2028,
        label: '2028–29',
        target: null,
        targetText: null,
        actual: null,
        actualPeriod: null,
        standing: 'not_due',
      },
    ]);
    expect(grade7).toMatchObject({ label: 'Grade 7', breakdown: 'Grade 7', baseline: 30 });
    expect(res.body.items[0].abilities).toEqual({ linkMetric: false, review: false });
  });

  it('links a metric and judges each row against its breakdown’s values', async () => {
    const linked = await s.clients.team.request('PUT', linkUrl(), { metricId: metric.id });
    expect(linked.status).toBe(200);
    expect(linked.body.metric).toEqual({
      id: metric.id,
      code: 'READ-MID',
      name: 'Reading benchmark',
      better: 'higher',
    });
    expect(linked.body.abilities).toEqual({ linkMetric: true, review: true });

    const entered = await s.clients.team.post(`/api/organizations/${s.school.id}/observations`, {
      items: [
        { metricId: metric.id, period: '2026-Q1', value: 44 },
        { metricId: metric.id, period: '2026-Q2', value: 47 },
        { metricId: metric.id, period: '2026-11', breakdown: 'grade 7', value: 31 },
      ],
    });
    expect(entered.status).toBe(200);

    // 31 January 2027 is 184 of 365 days into 2026–27. All students: the line from 42 to 50 is at 46.03 and
    // the latest quarter says 47, on track. Grade 7: the line from 30 to 35 is at 32.52 and November says 31.
    const midYear = await progress('2027-01-31');
    const [overall, grade7] = midYear.body.items[0].rows;
    expect(overall.years[0]).toMatchObject({ actual: 47, actualPeriod: '2026-Q2', standing: 'on_track' });
    expect(overall.series).toEqual([
      { period: '2026-Q1', value: 44 },
      { period: '2026-Q2', value: 47 },
    ]);
    expect(grade7.years[0]).toMatchObject({ actual: 31, actualPeriod: '2026-11', standing: 'off_track' });
    expect(grade7.series).toEqual([{ period: '2026-11', value: 31 }]);
    // The strategy measure has no metric: still no data.
    expect(midYear.body.items[1].rows[0].years[0].standing).toBe('no_data');

    // After the year, the annual figure decides: 51 meets at least 50; Grade 7 never reached 35.
    await s.clients.team.post(`/api/organizations/${s.school.id}/observations`, {
      items: [{ metricId: metric.id, period: '2026', value: 51 }],
    });
    const after = await progress('2027-08-15');
    const [overallAfter, grade7After] = after.body.items[0].rows;
    expect(overallAfter.years[0]).toMatchObject({ actual: 51, actualPeriod: '2026', standing: 'met' });
    expect(overallAfter.years[1]).toMatchObject({ target: 52, actual: null, standing: 'no_data' });
    expect(overallAfter.series.map((p: any) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026']);
    expect(grade7After.years[0]).toMatchObject({ actual: 31, standing: 'off_track' });
  });

  it('links only metrics of the plan’s catalogue, for those who edit the plan', async () => {
    const siblingMetric = await makeMetric(h.services, s.sibling);
    const refused = await s.clients.lead.request('PUT', linkUrl(), { metricId: siblingMetric.id });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([
      { path: 'metricId', message: 'Choose a metric from this organization’s catalogue.' },
    ]);
    expect((await s.clients.viewer.request('PUT', linkUrl(), { metricId: metric.id })).status).toBe(403);
    expect((await s.clients.districtLead.request('PUT', linkUrl(), { metricId: metric.id })).status).toBe(
      403,
    );
    expect((await s.clients.siblingLead.request('PUT', linkUrl(), { metricId: metric.id })).status).toBe(404);
    expect((await s.clients.siblingLead.get(`/api/plans/${made.plan.id}/measures`)).status).toBe(404);
    const [audit] = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'measure_metric'));
    expect(audit).toMatchObject({ action: 'link', entityId: made.goalMeasure.id });

    const unlinked = await s.clients.lead.request('PUT', `/api/measures/${made.strategyMeasure.id}/metric`, {
      metricId: null,
    });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.metric).toBeNull();
  });

  it('saves a year’s explanation and adjustments, guarded by its version', async () => {
    const review = {
      year: 2026,
      explanation: 'Grade 7 fell short.',
      adjustments: 'Add a second reading block.',
    };
    const created = await s.clients.lead.request('PUT', reviewUrl(), review);
    expect(created.status).toBe(200);
    expect(created.body.reviews).toEqual([{ ...review, version: 1, updatedAt: expect.any(String) }]);
    expect((await s.clients.lead.request('PUT', reviewUrl(), review)).status).toBe(409);
    const updated = await s.clients.team.request('PUT', reviewUrl(), {
      ...review,
      adjustments: null,
      version: 1,
    });
    expect(updated.body.reviews[0]).toMatchObject({ adjustments: null, version: 2 });
    expect((await s.clients.lead.request('PUT', reviewUrl(), { ...review, version: 1 })).status).toBe(409);
    const outside = await s.clients.lead.request('PUT', reviewUrl(), { ...review, year: 2030 });
    expect(outside.status).toBe(400);
    expect(outside.body.issues[0].path).toBe('year');
    expect((await s.clients.coach.request('PUT', reviewUrl(), review)).status).toBe(403);
    const read = await s.clients.districtLead.get(`/api/plans/${made.plan.id}/measures`);
    expect(read.body.items[0].reviews[0].explanation).toBe('Grade 7 fell short.');
  });
});
