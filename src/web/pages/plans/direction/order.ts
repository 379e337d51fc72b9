import type { PlanTree } from '../../../../shared/schemas/plan';

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const result = [...items];
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return result;
  [result[index], result[to]] = [result[to] as T, result[index] as T];
  return result;
}

/** The ids in `after` that were not in `before`: the item a create added. */
export function addedId(before: readonly string[], after: readonly string[]): string | undefined {
  const known = new Set(before);
  return after.find((id) => !known.has(id));
}

/** The ids of a goal's or strategy's measures in a plan, in order. */
export function measureIdsOf(plan: PlanTree, ownerId: string): string[] {
  const goal = plan.goals.find((g) => g.id === ownerId);
  if (goal) return goal.measures.map((m) => m.id);
  const strategy = plan.priorities.flatMap((p) => p.strategies).find((s) => s.id === ownerId);
  return strategy?.measures.map((m) => m.id) ?? [];
}
