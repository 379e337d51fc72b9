import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';

type Props = {
  planId: string;
  /** The item's URL, from `planItemPath`. */
  path: string;
  version: number;
  /** The button's accessible name, e.g. "Delete goal 2". */
  label: string;
  title: string;
  body: string;
  /** The element that takes focus once the item is gone. */
  focusAfter: string;
  itemId: string;
};

/** Focuses `target` once the element `gone` has left the page, as the item's own card cannot. */
function focusOnceGone(gone: string, target: string) {
  const deadline = Date.now() + 2000;
  const attempt = () => {
    if (!document.getElementById(gone) || Date.now() > deadline) document.getElementById(target)?.focus();
    else requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** A delete button that asks first and says what goes with the item. */
export function DeleteItem({ planId, itemId, path, version, label, title, body, focusAfter }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const write = usePlanWrite(planId);
  const close = () => {
    setOpened(false);
    write.reset();
  };
  const confirm = () =>
    write.mutate(
      { method: 'delete', path: `${path}?version=${version}` },
      {
        onSuccess: () => {
          setOpened(false);
          focusOnceGone(`item-${itemId}`, focusAfter);
        },
      },
    );
  return (
    <>
      <DangerButton aria-label={label} onClick={() => setOpened(true)}>
        {t('plans.goals.delete')}
      </DangerButton>
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text>{body}</Text>
          <WriteError planId={planId} error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <PendingButton color="red.9" onClick={confirm} pending={write.isPending}>
              {t('plans.goals.delete')}
            </PendingButton>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
