import { ActionIcon, Menu } from '@mantine/core';
import {
  ArrowDownIcon,
  ArrowUpIcon,
  DotsIcon,
  GripIcon,
  PencilIcon,
  TrashIcon,
} from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import type { SortableItem } from './SortableList';

/** The id of an item's options button, where focus returns after its form or dialog closes. */
export const optionsId = (itemId: string) => `options-${itemId}`;

/** The drag handle: pointer drag, or Space then arrow keys; named for the item it moves. */
export function DragHandle({ sortable, label }: { sortable: SortableItem; label: string }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      c="gray.7"
      size="lg"
      {...sortable.handle}
      aria-label={t('planTree.item.reorder', { label })}
      style={{ cursor: sortable.isDragging ? 'grabbing' : 'grab', touchAction: 'none', flexShrink: 0 }}
    >
      <GripIcon />
    </ActionIcon>
  );
}

/** Edit, move up, move down and delete for one item, so nothing needs a pointer or a drag. */
export function ItemMenu({
  itemId,
  label,
  sortable,
  onEdit,
  onDelete,
}: {
  itemId: string;
  label: string;
  sortable: SortableItem;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    // The menu names its target with its own id, so the id where focus returns is given here.
    <Menu id={optionsId(itemId)} position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          c="gray.7"
          size="lg"
          aria-label={t('planTree.item.options', { label })}
        >
          <DotsIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<PencilIcon size={16} />} onClick={onEdit}>
          {t('planTree.item.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={<ArrowUpIcon size={16} />}
          disabled={!sortable.canMoveUp}
          onClick={sortable.moveUp}
        >
          {t('planTree.item.moveUp')}
        </Menu.Item>
        <Menu.Item
          leftSection={<ArrowDownIcon size={16} />}
          disabled={!sortable.canMoveDown}
          onClick={sortable.moveDown}
        >
          {t('planTree.item.moveDown')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red.9" leftSection={<TrashIcon size={16} />} onClick={onDelete}>
          {t('planTree.item.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
