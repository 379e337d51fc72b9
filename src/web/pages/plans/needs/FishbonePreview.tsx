import { Stack, Text } from '@mantine/core';
import type { FishboneCategory } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { FishboneDiagram } from './FishboneDiagram';
import { shorten } from './labels';

/** The diagram as it will look, while the categories and causes are edited in the fields above it. */
export function FishbonePreview({
  problem,
  categories,
}: {
  problem: string;
  categories: FishboneCategory[];
}) {
  const { t } = useTranslation();
  if (!problem.trim() && categories.every((c) => c.causes.length === 0)) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" c="gray.7">
        {t('planNeeds.rootCauses.preview')}
      </Text>
      <FishboneDiagram
        title={t('planNeeds.fishbone.diagramTitle', { problem: shorten(problem, 160) })}
        problem={problem}
        categories={categories.map((c) => ({
          name: c.name,
          causes: c.causes.filter((cause) => cause.text.trim()),
        }))}
      />
    </Stack>
  );
}
