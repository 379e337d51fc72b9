import { childNumber } from '../../shared/plans/numbering';
import type { PlanItemRef } from '../../shared/schemas/adjustments';

export type LinkedItemRow = {
  strategyId: string | null;
  milestoneId: string | null;
  strategyTitle: string | null;
  strategyPosition: number | null;
  priorityPosition: number | null;
  milestoneTitle: string | null;
  milestonePosition: number | null;
};

/**
 * The linked strategy and milestone numbered as the plan stands now (positions are dense from 0, so Strategy
 * 1.2 is the second strategy of the first priority); an item since deleted is left out.
 */
export function linkedItems(row: LinkedItemRow): {
  strategy: PlanItemRef | null;
  milestone: PlanItemRef | null;
} {
  if (
    !row.strategyId ||
    row.strategyTitle === null ||
    row.strategyPosition === null ||
    row.priorityPosition === null
  )
    return { strategy: null, milestone: null };
  const strategyNumber = childNumber(childNumber(null, row.priorityPosition), row.strategyPosition);
  const strategy = { id: row.strategyId, number: strategyNumber, title: row.strategyTitle };
  if (!row.milestoneId || row.milestoneTitle === null || row.milestonePosition === null)
    return { strategy, milestone: null };
  return {
    strategy,
    milestone: {
      id: row.milestoneId,
      number: childNumber(strategyNumber, row.milestonePosition),
      title: row.milestoneTitle,
    },
  };
}
