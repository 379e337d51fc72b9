import { eq } from 'drizzle-orm';
import { measureMetrics } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { loadMetric } from '../../performance/metrics';
import type { LoadedPlan } from '../../plans/load';
import { pathIds } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

/**
 * Links a plan measure to the catalogue metric whose values are its actuals, or unlinks it (null). The
 * metric must be one the plan's organization reports against: its own or one defined above it. The caller
 * has authorized plan `edit`.
 */
export async function linkMeasureMetric(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; measureId: string; metricId: string | null },
) {
  const { loaded, measureId, metricId } = input;
  const [before] = await ctx.tx.select().from(measureMetrics).where(eq(measureMetrics.measureId, measureId));
  if (metricId === null) {
    await ctx.tx.delete(measureMetrics).where(eq(measureMetrics.measureId, measureId));
  } else {
    const metric = await loadMetric(ctx.tx, metricId).catch(() => null);
    if (!metric || !pathIds(loaded.organization.path).includes(metric.organizationId)) {
      throw fieldError('metricId', 'Choose a metric from this organization’s catalogue.');
    }
    if (metric.archivedAt) throw fieldError('metricId', `The metric "${metric.code}" is archived.`);
    await ctx.tx
      .insert(measureMetrics)
      .values({ measureId, metricId })
      .onConflictDoUpdate({ target: measureMetrics.measureId, set: { metricId, updatedAt: new Date() } });
  }
  await recordAudit(ctx, {
    organizationId: loaded.organization.id,
    entityType: 'measure_metric',
    entityId: measureId,
    action: metricId === null ? 'unlink' : 'link',
    before: before ?? null,
    after: metricId === null ? null : { measureId, metricId },
  });
}
