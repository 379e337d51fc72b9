import type { PlanTree } from '../../../../shared/schemas/plan';

export function PlanTab(_: { plan: PlanTree }) {
  return null;
}
