import type { CreatePlanInput } from '../../../shared/schemas/plan';
import { planDirections, planNeedsAssessments, plans } from '../../db/schema';
import { refreshPlanSummary } from '../../plans/summary';
import type { OrganizationRow } from '../../queries/organizations';
import { livePlanFor, type PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';
import { periodTaken } from './period';

/** Starts a plan with an empty direction and needs assessment; the caller has authorized `writePlan`. */
export async function createPlan(
  ctx: CommandContext,
  input: CreatePlanInput & { organization: OrganizationRow },
): Promise<PlanRow> {
  const { organization, ...fields } = input;
  if (await livePlanFor(ctx.tx, organization.id, fields.startYear)) throw periodTaken(fields.startYear);
  const [plan] = await ctx.tx
    .insert(plans)
    .values({ ...fields, organizationId: organization.id, createdById: ctx.actor?.personId ?? null })
    .returning();
  await ctx.tx.insert(planDirections).values({ planId: plan.id });
  await ctx.tx.insert(planNeedsAssessments).values({ planId: plan.id });
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan',
    entityId: plan.id,
    action: 'create',
    after: plan,
  });
  return refreshPlanSummary(ctx.tx, plan.id);
}
