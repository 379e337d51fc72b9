import type { PlanTree } from '../../../shared/schemas/plan';

/** A strategy or milestone of the plan that an adjustment or a support can be tied to. */
export type PlanItemChoice = {
  /** `strategy:<id>` or `milestone:<id>`, unique across both. */
  value: string;
  kind: 'strategy' | 'milestone';
  number: string;
  title: string;
  strategyId: string;
  milestoneId: string | null;
  /** The strategy's practice codes (a milestone's are its strategy's). */
  practiceCodes: string[];
};

/** Every strategy of the plan in plan order, each followed by its milestones. */
export function planItemChoices(plan: Pick<PlanTree, 'priorities'>): PlanItemChoice[] {
  return plan.priorities.flatMap((priority) =>
    priority.strategies.flatMap((strategy) => [
      {
        value: `strategy:${strategy.id}`,
        kind: 'strategy' as const,
        number: strategy.number,
        title: strategy.title,
        strategyId: strategy.id,
        milestoneId: null,
        practiceCodes: strategy.practiceCodes,
      },
      ...strategy.milestones.map((milestone) => ({
        value: `milestone:${milestone.id}`,
        kind: 'milestone' as const,
        number: milestone.number,
        title: milestone.title,
        strategyId: strategy.id,
        milestoneId: milestone.id,
        practiceCodes: strategy.practiceCodes,
      })),
    ]),
  );
}

/** The ids the API takes for a choice: a milestone is sent alone, since it brings its strategy. */
export function linkIds(choice: PlanItemChoice | undefined): { strategyId?: string; milestoneId?: string } {
  if (!choice) return {};
  return choice.milestoneId ? { milestoneId: choice.milestoneId } : { strategyId: choice.strategyId };
}
