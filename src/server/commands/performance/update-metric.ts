import { and, eq, sql } from 'drizzle-orm';
import type { MetricUpdate } from '../../../shared/schemas/performance';
import { metrics } from '../../db/schema';
import { loadMetric, type MetricRow } from '../../performance/metrics';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { assertMetricCodeFree } from './metric-code';

/** Changes a metric's definition, or archives or restores it; the caller has authorized metric `edit`. */
export async function updateMetric(
  ctx: CommandContext,
  input: MetricUpdate & { metric: MetricRow },
): Promise<MetricRow> {
  const { metric, version, archived, ...changes } = input;
  assertVersion(metric, version, 'metric');
  if (changes.code !== undefined && changes.code !== metric.code) {
    await assertMetricCodeFree(ctx.tx, { path: metric.organizationPath }, changes.code, metric.id);
  }
  // Archiving twice keeps the first date; only a real change of state is recorded as archive or restore.
  const archiving = archived === undefined || archived === (metric.archivedAt !== null) ? null : archived;
  const archivedAt = archiving === null ? undefined : archiving ? new Date() : null;
  const [row] = await ctx.tx
    .update(metrics)
    .set({ ...changes, archivedAt, version: sql`${metrics.version} + 1`, updatedAt: new Date() })
    .where(and(eq(metrics.id, metric.id), eq(metrics.version, version)))
    .returning();
  if (!row) throw staleWrite('metric');
  const {
    organizationName: _name,
    organizationPath: _path,
    organizationArchivedAt: _archived,
    ...before
  } = metric;
  await recordAudit(ctx, {
    organizationId: row.organizationId,
    entityType: 'metric',
    entityId: row.id,
    action: archiving === null ? 'update' : archiving ? 'archive' : 'restore',
    before,
    after: row,
  });
  return loadMetric(ctx.tx, row.id);
}
