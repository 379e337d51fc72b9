import type { PlanTree } from '../../../../shared/schemas/plan';

/** The ids of a goal's or strategy's measures in a plan, in order. */
export function measureIdsOf(plan: PlanTree, ownerId: string): string[] {
  const goal = plan.goals.find((g) => g.id === ownerId);
  if (goal) return goal.measures.map((m) => m.id);
  const strategy = plan.priorities.flatMap((p) => p.strategies).find((s) => s.id === ownerId);
  return strategy?.measures.map((m) => m.id) ?? [];
}
