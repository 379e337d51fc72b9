import type { MeasureProgress } from '../../shared/schemas/performance';
import type { MeasureView } from '../../shared/schemas/plan';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { calendarFor } from '../monitoring/calendars';
import { loadPlan, loadPlanContent } from '../plans/load';
import { canPlan } from '../policies/plan';
import { linkedMetrics, observationsOf, reviewsOf } from './measures';
import { progressRows } from './progress-rows';

type Owned = { measure: MeasureView; owner: MeasureProgress['owner'] };

/**
 * Every goal measure, then every strategy measure, of a plan, in the plan's order and numbering: target
 * against actual per breakdown row and plan year, the values behind the chart, and the annual reviews.
 * Actuals are the linked metric's observations for the plan's organization. The caller has authorized
 * plan `read`; `today` (an ISO date) is for tests and reports as of a date.
 */
export async function measureProgressFor(
  tx: Tx | Db,
  planId: string,
  actor: Actor,
  options: { today?: string } = {},
): Promise<MeasureProgress[]> {
  const { plan, organization, ref } = await loadPlan(tx, planId);
  const content = await loadPlanContent(tx, plan);
  const owned: Owned[] = [
    ...content.goals.flatMap((g) =>
      g.measures.map((measure) => ({
        measure,
        owner: { kind: 'goal' as const, id: g.id, number: g.number, title: g.statement },
      })),
    ),
    ...content.priorities.flatMap((p) =>
      p.strategies.flatMap((s) =>
        s.measures.map((measure) => ({
          measure,
          owner: { kind: 'strategy' as const, id: s.id, number: s.number, title: s.title },
        })),
      ),
    ),
  ];
  const measureIds = owned.map((o) => o.measure.id);
  const links = await linkedMetrics(tx, measureIds);
  const reviews = await reviewsOf(tx, measureIds);
  const points = await observationsOf(tx, organization.id, [...new Set(links.map((l) => l.id))]);
  const calendar = (await calendarFor(tx, organization)).fields;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const editable = canPlan(actor, 'edit', ref);
  return owned.map(({ measure, owner }) => {
    const metric = links.find((l) => l.measureId === measure.id) ?? null;
    return {
      measureId: measure.id,
      planId: plan.id,
      owner,
      indicator: measure.indicator,
      unit: measure.unit,
      metric: metric && { id: metric.id, code: metric.code, name: metric.name, better: metric.better },
      rows: progressRows({
        rows: measure.rows,
        years: content.period.yearLabels,
        better: metric?.better ?? null,
        points: metric
          ? points.filter((p) => p.metricId === metric.id).map((p) => ({ ...p, value: Number(p.value) }))
          : [],
        calendar,
        today,
      }),
      reviews: reviews
        .filter((r) => r.measureId === measure.id)
        .map((r) => ({
          year: r.year,
          explanation: r.explanation,
          adjustments: r.adjustments,
          version: r.version,
          updatedAt: r.updatedAt.toISOString(),
        })),
      abilities: { linkMetric: editable, review: editable },
    };
  });
}
