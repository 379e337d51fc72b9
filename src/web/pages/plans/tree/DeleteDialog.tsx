import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { PlanItemKind } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { planItemPath, usePlanWrite } from '../api';
import { useAnnounce } from './announce';
import { focusElement, focusItem } from './focus';
import { optionsId } from './ItemControls';
import { WriteError } from './WriteError';

type Props = {
  planId: string;
  kind: PlanItemKind;
  item: { id: string; version: number };
  /** e.g. "Strategy 1.2" */
  label: string;
  /** What goes with it, in words. */
  message: string;
  opened: boolean;
  onClose: () => void;
  /** The container that takes focus once the item is gone. */
  parentId: string;
};

/** Asks before deleting an item and everything under it. */
export function DeleteDialog({ planId, kind, item, label, message, opened, onClose, parentId }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const write = usePlanWrite(planId);
  const close = () => {
    write.reset();
    onClose();
    focusElement(optionsId(item.id));
  };
  const confirm = () =>
    write.mutate(
      { method: 'delete', path: `${planItemPath(planId, kind, item.id)}?version=${item.version}` },
      {
        onSuccess: () => {
          onClose();
          announce(t('planTree.item.deleted', { label }));
          focusItem(parentId);
        },
      },
    );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('planTree.item.deleteTitle', { label })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      returnFocus={false}
    >
      <Stack>
        <Text>{message}</Text>
        <WriteError error={write.error} planId={planId} onReloaded={close} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('app.cancel')}
          </Button>
          <Button color="red.9" onClick={confirm} loading={write.isPending}>
            {t('planTree.item.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
