import { Stack } from '@mantine/core';
import { useId } from 'react';
import type { FishboneCategory } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { FishboneDiagram } from './FishboneDiagram';
import { FishboneTable } from './FishboneTable';
import { shorten } from './labels';

/** A saved fishbone: the diagram, then the same content as a table. */
export function FishboneView({ problem, categories }: { problem: string; categories: FishboneCategory[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <Stack gap="sm">
      <FishboneDiagram
        title={`${t('planNeeds.fishbone.diagramTitle', { problem: shorten(problem, 160) })} ${t('planNeeds.fishbone.diagramHelp')}`}
        problem={problem}
        categories={categories}
      />
      <FishboneTable categories={categories} captionId={captionId} />
    </Stack>
  );
}
