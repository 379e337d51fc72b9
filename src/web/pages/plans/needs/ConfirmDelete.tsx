import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { usePlanWrite } from '../api';
import { focusElement } from './focus';
import { useRefetchPlan } from './useItemWrite';
import { WriteError } from './WriteError';

type Props = {
  planId: string;
  /** The item's URL, from `planItemPath`. */
  path: string;
  version: number;
  /** Names the item in the button, e.g. "Priority area 2". */
  label: string;
  title: string;
  body: string;
  /** Where focus goes once the item is gone: its list. */
  focusAfter: string;
};

/** A delete button that asks first, saying what else goes with the item. */
export function ConfirmDelete({ planId, path, version, label, title, body, focusAfter }: Props) {
  const { t } = useTranslation();
  const refetch = useRefetchPlan(planId);
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
          focusElement(focusAfter);
        },
      },
    );
  const reload = async () => {
    await refetch();
    write.reset();
  };
  return (
    <>
      <DangerButton aria-label={t('planNeeds.actions.deleteItem', { label })} onClick={() => setOpened(true)}>
        {t('planNeeds.actions.delete')}
      </DangerButton>
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text>{body}</Text>
          <WriteError
            error={write.error}
            shown={() => false}
            onReload={reload}
            hint={t('planNeeds.actions.conflictDeleteHint')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('planNeeds.actions.cancel')}
            </Button>
            <Button color="red.9" onClick={confirm} loading={write.isPending}>
              {t('planNeeds.actions.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
