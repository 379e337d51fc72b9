import type { MeasureView, PlanTree } from '../../../../shared/schemas/plan';

export type MeasureListProps = {
  plan: PlanTree;
  owner: { goalId: string } | { strategyId: string };
  measures: MeasureView[];
};

/** A goal's or a strategy's performance measures as the template's table, editable when the caller may edit. */
export function MeasureList(_: MeasureListProps) {
  return null;
}
