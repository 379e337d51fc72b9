import { Group, Stack, Table, Text } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import type { Move } from '../common/useMove';
import { ItemActions } from './ItemActions';
import { ItemLink } from './ItemLink';
import { rootCauseGist, rootCauseLabel, shorten, swotLabel } from './labels';

type Props = {
  plan: PlanTree;
  entry: PlanTree['swot'][number];
  ids: string[];
  index: number;
  /** Strengths and opportunities say what can be leveraged; weaknesses and threats show their analyses. */
  leverage: boolean;
  move: Move;
  onEdit: () => void;
};

const pre = { whiteSpace: 'pre-wrap' } as const;

/** One SWOT entry: its statement with its actions beneath, its evidence, and what it leads to. */
export function SwotRow({ plan, entry, ids, index, leverage, move, onEdit }: Props) {
  const { t } = useTranslation();
  const label = swotLabel(t, plan, entry);
  const analyses = plan.rootCauses.filter((rc) => rc.swotEntryId === entry.id);
  return (
    <Table.Tr id={`item-${entry.id}`} tabIndex={-1}>
      <Table.Td>
        <Stack gap="xs">
          <Text size="sm" style={pre}>
            <Text span fw={700} size="sm">
              {index + 1}.
            </Text>{' '}
            {entry.statement}
          </Text>
          <Group gap={6}>
            {plan.abilities.edit && (
              <ItemActions
                plan={plan}
                kind="swot"
                item={entry}
                label={label}
                ids={ids}
                index={index}
                move={move}
                onEdit={onEdit}
                deleteTitle={t('planNeeds.swot.deleteTitle')}
                deleteBody={t('planNeeds.swot.deleteBody', { statement: shorten(entry.statement, 120) })}
                listId="list-swot"
              />
            )}
            <CommentButton planId={plan.id} anchorType="swot" anchorId={entry.id} label={label} />
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td style={pre}>{entry.evidence ?? ''}</Table.Td>
      <Table.Td style={leverage ? pre : undefined}>
        {leverage ? (
          (entry.leverage ?? '')
        ) : analyses.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('planNeeds.swot.noRootCause')}
          </Text>
        ) : (
          <Stack gap={4}>
            {analyses.map((rc) => (
              <ItemLink key={rc.id} itemId={rc.id}>
                {rootCauseLabel(t, rc)}: {shorten(rootCauseGist(rc), 70)}
              </ItemLink>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
