import { Group, Title, type TitleOrder } from '@mantine/core';
import type { CommentAnchorType } from '../../../../shared/schemas/plan-enums';
import { CommentButton } from '../comments/CommentButton';
import { DragHandle, ItemMenu } from './ItemControls';
import type { SortableItem } from './SortableList';

type Props = {
  planId: string;
  anchorType: CommentAnchorType;
  itemId: string;
  /** e.g. "Strategy 1.2" */
  label: string;
  heading: string;
  headingId: string;
  order: TitleOrder;
  sortable: SortableItem;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
};

/** A strategy's or milestone's heading, with its drag handle, comments and options. */
export function ItemHeader({
  planId,
  anchorType,
  itemId,
  label,
  heading,
  headingId,
  order,
  sortable,
  editable,
  onEdit,
  onDelete,
}: Props) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        {editable && <DragHandle sortable={sortable} label={label} />}
        <Title order={order} id={headingId} className="plan-tree-heading">
          {heading}
        </Title>
      </Group>
      <Group gap={4} wrap="nowrap">
        <CommentButton planId={planId} anchorType={anchorType} anchorId={itemId} label={label} />
        {editable && (
          <ItemMenu itemId={itemId} label={label} sortable={sortable} onEdit={onEdit} onDelete={onDelete} />
        )}
      </Group>
    </Group>
  );
}
