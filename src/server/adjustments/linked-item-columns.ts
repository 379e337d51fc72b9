import { alias } from 'drizzle-orm/pg-core';
import { planMilestones, planPriorities, planStrategies } from '../db/schema';

/** The priority of a linked strategy, under its own name beside any priority the query joins for itself. */
export const strategyPriority = alias(planPriorities, 'strategy_priority');

/**
 * What `linkedItems` numbers a row's linked strategy and milestone from, for the adjustment and support lists.
 * Select these with left joins of `planStrategies` on the row's strategy, `strategyPriority` on the strategy's
 * priority, and `planMilestones` on the row's milestone, so an item since deleted reads as null.
 */
export const linkedItemColumns = {
  strategyTitle: planStrategies.title,
  strategyPosition: planStrategies.position,
  priorityPosition: strategyPriority.position,
  milestoneTitle: planMilestones.title,
  milestonePosition: planMilestones.position,
};
