import { and, eq, isNull } from 'drizzle-orm';
import { schoolYearOf } from '../../shared/plans/checks';
import type { Tx } from '../db/client';
import { planMilestones, planStrategies, plans } from '../db/schema';
import { fieldError } from '../http/errors';
import { currentPlan } from '../queries/network-plans';
import { listPlans } from '../queries/plans';
import { today } from './decision';

export type PlanLinks = {
  planId: string | null;
  strategyId: string | null;
  milestoneId: string | null;
  /** The linked strategy's practice codes, in its order. */
  practiceCodes: string[];
};

/**
 * The strategy and milestone an adjustment or a support is tied to, which must belong to a live plan of the
 * organization itself: a milestone brings its strategy, and a milestone under another strategy is refused.
 * With neither, the link is the organization's current plan, if it has one.
 */
export async function resolvePlanLinks(
  tx: Tx,
  organizationId: string,
  input: { strategyId?: string | null; milestoneId?: string | null },
): Promise<PlanLinks> {
  const live = and(eq(plans.organizationId, organizationId), isNull(plans.archivedAt));
  let strategyId = input.strategyId ?? null;
  if (input.milestoneId) {
    const [milestone] = await tx
      .select({ strategyId: planMilestones.strategyId })
      .from(planMilestones)
      .innerJoin(plans, eq(plans.id, planMilestones.planId))
      .where(and(eq(planMilestones.id, input.milestoneId), live));
    if (!milestone)
      throw fieldError('milestoneId', 'This milestone is not part of a live plan of this organization.');
    if (strategyId && strategyId !== milestone.strategyId)
      throw fieldError('milestoneId', 'This milestone is not under the strategy chosen.');
    strategyId = milestone.strategyId;
  }
  if (strategyId) {
    const [strategy] = await tx
      .select({ planId: planStrategies.planId, practiceCodes: planStrategies.practiceCodes })
      .from(planStrategies)
      .innerJoin(plans, eq(plans.id, planStrategies.planId))
      .where(and(eq(planStrategies.id, strategyId), live));
    if (!strategy)
      throw fieldError('strategyId', 'This strategy is not part of a live plan of this organization.');
    return {
      planId: strategy.planId,
      strategyId,
      milestoneId: input.milestoneId ?? null,
      practiceCodes: strategy.practiceCodes,
    };
  }
  const current = currentPlan(await listPlans(tx, organizationId), schoolYearOf(today()));
  return { planId: current?.id ?? null, strategyId: null, milestoneId: null, practiceCodes: [] };
}
