import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { useTranslation } from '../../../i18n';
import { fieldError, formError, isConflict } from '../common/errors';
import { Notice } from '../common/Notice';
import type { Network } from '../types';
import { useSaveNetwork } from './api';
import { MemberPicker } from './MemberPicker';

type Props = {
  organizationId: string;
  /** Null to create a network. */
  network: Network | null;
  onDone: () => void;
  /** Fetches the latest list; the parent reopens the form on the newer version. */
  onReload: () => void;
  reloading: boolean;
};

export function NetworkForm({ organizationId, network, onDone, onReload, reloading }: Props) {
  const { t } = useTranslation();
  const save = useSaveNetwork(organizationId, network);
  const [name, setName] = useState(network?.name ?? '');
  const [description, setDescription] = useState(network?.description ?? '');
  const [memberIds, setMemberIds] = useState(network?.members.map((m) => m.id) ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, description, memberIds }, { onSuccess: onDone });
  };
  const conflict = isConflict(save.error);
  const general = conflict ? undefined : formError(save.error, ['name', 'description', 'memberIds']);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('admin.networks.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(save.error, 'name')}
          maxLength={limits.nameMax}
          data-autofocus
        />
        <Textarea
          label={t('admin.networks.description')}
          description={t('admin.networks.descriptionHelp')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fieldError(save.error, 'description')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={limits.longTextMax}
        />
        <MemberPicker
          organizationId={organizationId}
          value={memberIds}
          onChange={setMemberIds}
          initial={network?.members ?? []}
          error={fieldError(save.error, 'memberIds')}
        />
        {conflict && (
          <Notice color="orange" role="alert" title={t('admin.networks.conflictTitle')}>
            <Stack gap="xs">
              <Text size="sm" c="dark.9">
                {t('admin.networks.conflict')}
              </Text>
              <Group>
                <Button variant="default" size="xs" onClick={onReload} loading={reloading}>
                  {t('admin.networks.reload')}
                </Button>
              </Group>
            </Stack>
          </Notice>
        )}
        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {network ? t('admin.networks.saveChanges') : t('admin.networks.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
