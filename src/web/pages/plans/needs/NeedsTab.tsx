import { Stack } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ElementsCard } from './ElementsCard';
import { PrioritySection } from './PrioritySection';
import { RootCauseSection } from './RootCauseSection';
import { SwotSection } from './SwotSection';

/** Tool A's needs assessment: what was examined, the SWOT analysis, root causes, then the priority areas. */
export function NeedsTab({ plan }: { plan: PlanTree }) {
  return (
    <Stack gap="lg">
      <ElementsCard plan={plan} />
      <SwotSection plan={plan} />
      <RootCauseSection plan={plan} />
      <PrioritySection plan={plan} />
    </Stack>
  );
}
