import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { SwotQuadrant } from '../../../../shared/schemas/plan-enums';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { MoveStatus } from '../common/MoveStatus';
import { useMove } from '../common/useMove';
import { entriesOf, swotLabel } from './labels';
import { SwotForm } from './SwotForm';
import { SwotRow } from './SwotRow';

/** One quadrant of the SWOT table: its entries in order, each with its evidence and comments. */
export function SwotTable({ plan, quadrant }: { plan: PlanTree; quadrant: SwotQuadrant }) {
  const { t } = useTranslation();
  const editable = plan.abilities.edit;
  const entries = entriesOf(plan, quadrant);
  const ids = entries.map((e) => e.id);
  const move = useMove(plan, { kind: 'swot', quadrant });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const editedEntry = entries.find((e) => e.id === editing) ?? null;
  const leverage = quadrant === 'strength' || quadrant === 'opportunity';
  const headingId = `swot-${quadrant}-title`;
  const quadrantName = t(`planNeeds.swot.quadrants.${quadrant}`);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} id={headingId}>
          {quadrantName}
        </Title>
        {editable && (
          <Button
            variant="default"
            size="xs"
            leftSection={<PlusIcon size={14} />}
            onClick={() => setEditing('new')}
          >
            {t(`planNeeds.swot.add.${quadrant}`)}
          </Button>
        )}
      </Group>
      {entries.length === 0 ? (
        <Text c="gray.7" size="sm">
          {t(`planNeeds.swot.empty.${quadrant}`)}
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={560}
          type="native"
          tabIndex={0}
          role="region"
          aria-labelledby={headingId}
        >
          <Table
            verticalSpacing="sm"
            aria-labelledby={headingId}
            layout="fixed"
            styles={{ td: { verticalAlign: 'top' } }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="36%">{t('planNeeds.swot.fields.statement')}</Table.Th>
                <Table.Th>{t('planNeeds.swot.fields.evidence')}</Table.Th>
                <Table.Th>
                  {leverage
                    ? t('planNeeds.swot.fields.leverageShort')
                    : t('planNeeds.swot.fields.rootCauses')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, index) => (
                <SwotRow
                  key={entry.id}
                  plan={plan}
                  entry={entry}
                  ids={ids}
                  index={index}
                  leverage={leverage}
                  move={move}
                  onEdit={() => setEditing(entry.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MoveStatus
        planId={plan.id}
        move={move}
        onReloaded={move.reset}
        hint={t('planNeeds.actions.conflictListHint')}
        conflictColor="yellow"
      />
      {editable && (
        <SwotForm
          plan={plan}
          quadrant={quadrant}
          entry={editedEntry}
          title={
            editedEntry
              ? t('planNeeds.swot.editTitle', { label: swotLabel(t, plan, editedEntry) })
              : t(`planNeeds.swot.add.${quadrant}`)
          }
          opened={editing === 'new' || editedEntry !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
