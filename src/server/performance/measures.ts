import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { measureMetrics, measureReviews, metrics, observations, planMeasures } from '../db/schema';
import { notFound } from '../http/errors';

export type MeasureReviewRow = typeof measureReviews.$inferSelect;

export async function loadMeasure(tx: Tx | Db, id: string) {
  const [row] = await tx.select().from(planMeasures).where(eq(planMeasures.id, id));
  if (!row) throw notFound('Measure');
  return row;
}

/** The catalogue metric linked to each of these measures. */
export async function linkedMetrics(tx: Tx | Db, measureIds: string[]) {
  if (measureIds.length === 0) return [];
  return tx
    .select({
      measureId: measureMetrics.measureId,
      id: metrics.id,
      code: metrics.code,
      name: metrics.name,
      better: metrics.better,
    })
    .from(measureMetrics)
    .innerJoin(metrics, eq(metrics.id, measureMetrics.metricId))
    .where(inArray(measureMetrics.measureId, measureIds));
}

export async function reviewsOf(tx: Tx | Db, measureIds: string[]): Promise<MeasureReviewRow[]> {
  if (measureIds.length === 0) return [];
  return tx
    .select()
    .from(measureReviews)
    .where(inArray(measureReviews.measureId, measureIds))
    .orderBy(asc(measureReviews.year));
}

export async function loadReview(tx: Tx, measureId: string, year: number) {
  const [row] = await tx
    .select()
    .from(measureReviews)
    .where(and(eq(measureReviews.measureId, measureId), eq(measureReviews.year, year)));
  return row ?? null;
}

/** Every value of these metrics for one organization: the actuals of a plan's measures. */
export async function observationsOf(tx: Tx | Db, organizationId: string, metricIds: string[]) {
  if (metricIds.length === 0) return [];
  return tx
    .select({
      metricId: observations.metricId,
      period: observations.period,
      breakdown: observations.breakdown,
      value: observations.value,
    })
    .from(observations)
    .where(and(eq(observations.organizationId, organizationId), inArray(observations.metricId, metricIds)));
}

/** A deleted measure takes its metric link and its annual reviews with it. */
export async function forgetMeasurePerformance(tx: Tx, measureIds: string[]) {
  if (measureIds.length === 0) return;
  await tx.delete(measureMetrics).where(inArray(measureMetrics.measureId, measureIds));
  await tx.delete(measureReviews).where(inArray(measureReviews.measureId, measureIds));
}
