/** The direction and plan steps open the organization's current plan on the matching tab. */
export default function CurrentPlanPage(_: { step: 'direction' | 'plan' }) {
  return null;
}
