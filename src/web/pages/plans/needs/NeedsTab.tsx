import type { PlanTree } from '../../../../shared/schemas/plan';

export function NeedsTab(_: { plan: PlanTree }) {
  return null;
}
