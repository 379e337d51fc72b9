import { SimpleGrid } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { quadrantOrder } from './labels';
import { NeedsSection } from './NeedsSection';
import { SwotTable } from './SwotTable';

/** The template's data analysis: strengths, opportunities, weaknesses and threats, each with evidence. */
export function SwotSection({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  return (
    <NeedsSection id="list-swot" title={t('planNeeds.swot.title')} intro={t('planNeeds.swot.intro')}>
      <SimpleGrid cols={1} spacing="xl">
        {quadrantOrder.map((quadrant) => (
          <SwotTable key={quadrant} plan={plan} quadrant={quadrant} />
        ))}
      </SimpleGrid>
    </NeedsSection>
  );
}
