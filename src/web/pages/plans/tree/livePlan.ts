import type { PlanTree } from '../../../../shared/schemas/plan';
import { usePlan } from '../api';

/**
 * The plan as cached right now. Forms read it, so cards that skip re-rendering (their own part unchanged)
 * never hand a form stale lists of goals, priorities or strategies.
 */
export function useLivePlan(planId: string): PlanTree {
  const { data } = usePlan(planId);
  if (!data) throw new Error('The plan is loaded before its tabs render.');
  return data;
}
