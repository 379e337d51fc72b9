import { and, eq, sql } from 'drizzle-orm';
import { plans } from '../../db/schema';
import { withdrawPlanReports } from '../../monitoring/summaries';
import type { LoadedPlan } from '../../plans/load';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Archives a plan: it stays readable as history, no longer changes, and frees its period for a new plan;
 * its monthly reports leave the network summaries. The caller has authorized `archive`.
 */
export async function archivePlan(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; version: number; at?: Date },
): Promise<PlanRow> {
  const { plan: current } = input.loaded;
  assertVersion(current, input.version, 'plan');
  const at = input.at ?? new Date();
  const [row] = await ctx.tx
    .update(plans)
    .set({ archivedAt: at, version: sql`${plans.version} + 1`, updatedAt: at })
    .where(and(eq(plans.id, current.id), eq(plans.version, input.version)))
    .returning();
  if (!row) throw staleWrite('plan');
  await withdrawPlanReports(ctx.tx, current.id);
  await recordAudit(ctx, {
    organizationId: current.organizationId,
    entityType: 'plan',
    entityId: current.id,
    action: 'archive',
    before: { archivedAt: current.archivedAt, version: current.version },
    after: { archivedAt: row.archivedAt, version: row.version },
  });
  return row;
}
