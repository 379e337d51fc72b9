import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import { formatDate, formatMoney } from './format';
import { DragHandle, ItemMenu } from './ItemControls';
import { useSortableItem } from './SortableList';
import type { Action } from './types';

type Props = {
  planId: string;
  action: Action;
  editable: boolean;
  onEdit: (action: Action) => void;
  onDelete: (action: Action) => void;
};

/** One action as a row of its milestone's table. */
export const ActionRow = memo(function ActionRow({ planId, action, editable, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const sortable = useSortableItem(action.id);
  const label = t('planTree.action.label', { number: action.number });
  const empty = (
    <>
      <Text span c="gray.7" size="sm" aria-hidden="true">
        —
      </Text>
      <VisuallyHidden>{t('planTree.item.notSet')}</VisuallyHidden>
    </>
  );
  const text = (value: string | null): ReactNode =>
    value ? <span className="plan-tree-prose">{value}</span> : empty;

  const start = formatDate(action.startDate);
  const end = formatDate(action.endDate);
  const timeline =
    start && end
      ? t('planTree.action.timeline', { start, end })
      : start
        ? t('planTree.action.from', { date: start })
        : end
          ? t('planTree.action.until', { date: end })
          : null;
  const money = formatMoney(action.budgetAmount);
  const person = action.responsiblePerson?.name ?? action.responsibleName;

  return (
    <Table.Tr
      ref={sortable.ref}
      style={sortable.style}
      id={`item-${action.id}`}
      tabIndex={-1}
      className="plan-tree-item"
      data-dragging={sortable.isDragging || undefined}
    >
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {editable && <DragHandle sortable={sortable} label={label} />}
          <Text size="sm" fw={600}>
            {action.number}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>{text(action.description)}</Table.Td>
      <Table.Td>{text(action.outputs)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{timeline ?? empty}</Table.Td>
      <Table.Td>
        {money || action.fundingSource ? (
          <>
            {money && <div>{money}</div>}
            {action.fundingSource && <div>{action.fundingSource}</div>}
          </>
        ) : (
          empty
        )}
      </Table.Td>
      <Table.Td>{text(person)}</Table.Td>
      <Table.Td>{text(action.collaborators)}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <CommentButton planId={planId} anchorType="action" anchorId={action.id} label={label} />
          {editable && (
            <ItemMenu
              itemId={action.id}
              label={label}
              sortable={sortable}
              onEdit={() => onEdit(action)}
              onDelete={() => onDelete(action)}
            />
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
