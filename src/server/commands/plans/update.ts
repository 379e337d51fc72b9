import { and, eq, sql } from 'drizzle-orm';
import type { MeasureRow, UpdatePlanInput } from '../../../shared/schemas/plan';
import { planMeasures, plans } from '../../db/schema';
import type { LoadedPlan } from '../../plans/load';
import { refreshPlanSummary } from '../../plans/summary';
import { livePlanFor, type PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { periodTaken } from './period';

/**
 * Renames a plan or changes its period; targets for school years the new period leaves out are dropped,
 * as a plan has nothing to say about years it does not cover. The caller has authorized `edit`.
 */
export async function updatePlan(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; changes: UpdatePlanInput },
): Promise<PlanRow> {
  const { plan: current } = input.loaded;
  const { version, ...fields } = input.changes;
  assertVersion(current, version, 'plan');
  const startYear = fields.startYear ?? current.startYear;
  const years = fields.years ?? current.years;
  if (startYear !== current.startYear) {
    const taken = await livePlanFor(ctx.tx, current.organizationId, startYear);
    if (taken && taken.id !== current.id) throw periodTaken(startYear);
  }
  const [row] = await ctx.tx
    .update(plans)
    .set({ ...fields, version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plans.id, current.id), eq(plans.version, version)))
    .returning();
  if (!row) throw staleWrite('plan');
  const trimmed =
    startYear !== current.startYear || years !== current.years
      ? await dropTargetsOutside(ctx, current.id, startYear, startYear + years - 1)
      : [];
  await recordAudit(ctx, {
    organizationId: current.organizationId,
    entityType: 'plan',
    entityId: current.id,
    action: 'update',
    before: current,
    after: { ...row, ...(trimmed.length ? { targetsDroppedFromMeasures: trimmed } : {}) },
  });
  return refreshPlanSummary(ctx.tx, current.id);
}

/** Removes targets outside first..last from every measure of the plan; returns the measures that changed. */
async function dropTargetsOutside(ctx: CommandContext, planId: string, first: number, last: number) {
  const measures = await ctx.tx.select().from(planMeasures).where(eq(planMeasures.planId, planId));
  const inside = (t: MeasureRow['targets'][number]) => t.year >= first && t.year <= last;
  const changed = measures.filter((m) => m.rows.some((r) => !r.targets.every(inside)));
  for (const measure of changed) {
    await ctx.tx
      .update(planMeasures)
      .set({
        rows: measure.rows.map((r) => ({ ...r, targets: r.targets.filter(inside) })),
        version: sql`${planMeasures.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(planMeasures.id, measure.id));
  }
  return changed.map((m) => m.id);
}
