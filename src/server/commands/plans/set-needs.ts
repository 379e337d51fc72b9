import { and, eq, sql } from 'drizzle-orm';
import type { NeedsInput } from '../../../shared/schemas/plan';
import { planNeedsAssessments } from '../../db/schema';
import type { LoadedPlan } from '../../plans/load';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** Replaces the narrative of step 2: what was examined, how, and with whom; the caller has authorized `edit`. */
export async function setNeeds(ctx: CommandContext, input: { loaded: LoadedPlan; needs: NeedsInput }) {
  const { loaded } = input;
  const { version, elements, process, stakeholderInput } = input.needs;
  const planId = loaded.plan.id;
  const current = await ctx.tx.query.planNeedsAssessments.findFirst({
    where: eq(planNeedsAssessments.planId, planId),
  });
  if (!current) throw staleWrite('needs assessment');
  assertVersion(current, version, 'needs assessment');
  const [row] = await ctx.tx
    .update(planNeedsAssessments)
    .set({
      elements: { checked: [...new Set(elements.checked)], other: elements.other },
      process: process ?? null,
      stakeholderInput: stakeholderInput ?? null,
      version: sql`${planNeedsAssessments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(planNeedsAssessments.planId, planId), eq(planNeedsAssessments.version, version)))
    .returning();
  if (!row) throw staleWrite('needs assessment');
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: 'plan_needs',
    entityId: planId,
    action: 'update',
    before: current,
    after: row,
  });
  await refreshPlanSummary(ctx.tx, planId);
  return row;
}
