import type { PlanTree } from '../../../../shared/schemas/plan';

export function SignaturesTab(_: { plan: PlanTree }) {
  return null;
}
