import type { PlanTree } from '../../../../shared/schemas/plan';

export function HistoryTab(_: { plan: PlanTree }) {
  return null;
}
