import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';

export type ConfirmDeleteDialogProps = {
  planId: string;
  /** The item's URL, from `planItemPath`. */
  path: string;
  version: number;
  title: string;
  /** What goes with the item, in words. */
  body: string;
  opened: boolean;
  /** Closes without deleting. */
  onClose: () => void;
  /** Once the item is gone; the dialog does not close itself. */
  onDeleted: () => void;
  confirmLabel: string;
  cancelLabel: string;
  /**
   * After a refused delete (someone else saved first) and a reload: close the dialog, or clear the error so
   * the reader can decide again. Without it the error stays until the dialog closes.
   */
  afterReload?: 'close' | 'retry';
  /** How the conflict reads on this tab: see `WriteError`. */
  conflictHint?: string | null;
  conflictColor?: 'red' | 'yellow';
  /** Off when the caller moves focus itself after closing. */
  returnFocus?: boolean;
};

/** Asks before deleting a plan item, saying what else goes with it, and sends the delete. */
export function ConfirmDeleteDialog({
  planId,
  path,
  version,
  title,
  body,
  opened,
  onClose,
  onDeleted,
  confirmLabel,
  cancelLabel,
  afterReload,
  conflictHint,
  conflictColor,
  returnFocus,
}: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const write = usePlanWrite(planId);
  const close = () => {
    write.reset();
    onClose();
  };
  const confirm = () =>
    write.mutate({ method: 'delete', path: `${path}?version=${version}` }, { onSuccess: onDeleted });
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      returnFocus={returnFocus}
    >
      <Stack>
        <Text>{body}</Text>
        <WriteError
          error={write.error}
          planId={planId}
          onReloaded={afterReload === 'close' ? close : afterReload === 'retry' ? write.reset : undefined}
          hint={conflictHint}
          conflictColor={conflictColor}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {cancelLabel}
          </Button>
          <PendingButton color="red.9" onClick={confirm} pending={write.isPending}>
            {confirmLabel}
          </PendingButton>
        </Group>
      </Stack>
    </Modal>
  );
}
