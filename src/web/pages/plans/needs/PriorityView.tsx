import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { ItemLink } from './ItemLink';
import { entriesOf, rootCauseGist, rootCauseLabel, shorten, swotLabel } from './labels';
import { candidateLabel, priorityQuadrants } from './priorityOptions';

type Priority = PlanTree['priorities'][number];

function Links({ title, children }: { title: string; children: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('planNeeds.priorities.nothingLinked')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {children}
        </List>
      )}
    </Stack>
  );
}

/** A saved priority area, read-only, with what it draws on. */
export function PriorityView({ plan, priority }: { plan: PlanTree; priority: Priority }) {
  const { t } = useTranslation();
  const entries = priorityQuadrants.flatMap((q) =>
    entriesOf(plan, q).filter((e) => priority.swotEntryIds.includes(e.id)),
  );
  const analyses = plan.rootCauses.filter((rc) => priority.rootCauseIds.includes(rc.id));
  const candidates = plan.candidates.filter((c) => priority.candidateIds.includes(c.id));
  return (
    <Stack gap="sm">
      {priority.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{priority.description}</Text>}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Links title={t('planNeeds.priorities.fields.swotEntries')}>
          {entries.map((e) => (
            <List.Item key={e.id}>
              <ItemLink itemId={e.id}>
                {swotLabel(t, plan, e)}: {shorten(e.statement, 80)}
              </ItemLink>
            </List.Item>
          ))}
        </Links>
        <Links title={t('planNeeds.priorities.fields.rootCauses')}>
          {analyses.map((rc) => (
            <List.Item key={rc.id}>
              <ItemLink itemId={rc.id}>
                {rootCauseLabel(t, rc)}: {shorten(rootCauseGist(rc), 80)}
              </ItemLink>
            </List.Item>
          ))}
        </Links>
        <Links title={t('planNeeds.priorities.fields.candidates')}>
          {candidates.map((c) => (
            <List.Item key={c.id}>{candidateLabel(c)}</List.Item>
          ))}
        </Links>
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t('planNeeds.priorities.strategies', { count: priority.strategies.length })}
      </Text>
    </Stack>
  );
}
