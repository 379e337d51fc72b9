import type { CreateMetricInput } from '../../../shared/schemas/performance';
import { metrics } from '../../db/schema';
import { loadMetric, type MetricRow } from '../../performance/metrics';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertMetricCodeFree } from './metric-code';

/** Adds a metric to an organization's catalogue; the caller has authorized organization `update`. */
export async function createMetric(
  ctx: CommandContext,
  input: CreateMetricInput & { organization: OrganizationRow },
): Promise<MetricRow> {
  const { organization, ...fields } = input;
  await assertMetricCodeFree(ctx.tx, organization, fields.code);
  const [row] = await ctx.tx
    .insert(metrics)
    .values({ ...fields, organizationId: organization.id })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'metric',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return loadMetric(ctx.tx, row.id);
}
