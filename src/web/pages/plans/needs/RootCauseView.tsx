import { Group, Stack, Text } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { FishboneView } from './FishboneView';
import { FiveWhysView } from './FiveWhysView';
import { ItemLink } from './ItemLink';
import { priorityLabel, shorten, swotLabel } from './labels';

type RootCause = PlanTree['rootCauses'][number];
const pre = { whiteSpace: 'pre-wrap' } as const;

/** A saved analysis, read-only: the problem, the whys or the fishbone, the root cause and what it links to. */
export function RootCauseView({ plan, rootCause }: { plan: PlanTree; rootCause: RootCause }) {
  const { t } = useTranslation();
  const fishbone = rootCause.method === 'fishbone';
  const entry = plan.swot.find((e) => e.id === rootCause.swotEntryId);
  const priorities = plan.priorities.filter((p) => p.rootCauseIds.includes(rootCause.id));
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text fw={600}>
          {fishbone ? t('planNeeds.rootCauses.fields.problem') : t('planNeeds.rootCauses.fields.symptom')}
        </Text>
        <Text style={pre}>{rootCause.problem}</Text>
      </Stack>
      {fishbone ? (
        <FishboneView problem={rootCause.problem} categories={rootCause.categories} />
      ) : (
        <FiveWhysView whys={rootCause.whys} />
      )}
      <Stack gap={2}>
        <Text fw={600}>{t('planNeeds.rootCauses.fields.rootCause')}</Text>
        <Text style={pre} c={rootCause.rootCause ? undefined : 'gray.7'}>
          {rootCause.rootCause ?? t('planNeeds.rootCauses.noRootCause')}
        </Text>
      </Stack>
      {(entry || priorities.length > 0) && (
        <Group gap="xl" align="flex-start">
          {entry && (
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {t('planNeeds.rootCauses.fields.explains')}
              </Text>
              <ItemLink itemId={entry.id}>
                {swotLabel(t, plan, entry)}: {shorten(entry.statement, 80)}
              </ItemLink>
            </Stack>
          )}
          {priorities.length > 0 && (
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {t('planNeeds.rootCauses.usedBy')}
              </Text>
              {/* Apart enough that each link keeps a 24px target. */}
              <Stack gap={4}>
                {priorities.map((p) => (
                  <ItemLink key={p.id} itemId={p.id}>
                    {priorityLabel(t, p)}: {shorten(p.title, 80)}
                  </ItemLink>
                ))}
              </Stack>
            </Stack>
          )}
        </Group>
      )}
    </Stack>
  );
}
