import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  cloneFrameworkInput,
  type FrameworkDetail,
  type FrameworkSummary,
} from '../../../../shared/schemas/framework';
import { useMe } from '../../../api/hooks';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../../components/forms';
import { useTranslation } from '../../../i18n';
import { useCloneFramework } from '../api';

const fields = ['organizationId', 'key', 'title'];

/**
 * Copies a framework into a draft. Either the framework or the owning organization is fixed by the page it is
 * opened from; the other is chosen here.
 */
export function CloneModal({
  opened,
  onClose,
  onCloned,
  source,
  sources,
  organizationId,
}: {
  opened: boolean;
  onClose: () => void;
  onCloned: (framework: FrameworkDetail) => void;
  source?: Pick<FrameworkSummary, 'id' | 'title'>;
  sources?: FrameworkSummary[];
  organizationId?: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const clone = useCloneFramework();
  const owners = [
    ...new Map(
      (me.data?.memberships ?? [])
        .filter((m) => m.role === 'administrator')
        .map((m) => [m.organizationId, m.organizationName]),
    ),
  ];
  const [sourceId, setSourceId] = useState('');
  const [ownerId, setOwnerId] = useState(organizationId ?? owners[0]?.[0] ?? '');
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const chosen = source ?? sources?.find((s) => s.id === sourceId) ?? sources?.[0];

  const close = () => {
    setKey('');
    setTitle('');
    setErrors({});
    clone.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      organizationId: organizationId ?? ownerId,
      ...(key.trim() ? { key: key.trim() } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
    };
    const invalid = schemaErrors(cloneFrameworkInput, input);
    setErrors(invalid ?? {});
    if (invalid || !chosen) return;
    clone.mutate(
      { id: chosen.id, ...input },
      {
        onSuccess: (framework) => {
          close();
          onCloned(framework);
        },
        onError: (error) => setErrors(apiFieldErrors(error)),
      },
    );
  };
  const message = formMessage(clone.error, fields);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened={opened}
      onClose={close}
      title={t('frameworks.clone.title', { title: chosen?.title ?? '' })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('frameworks.clone.intro')}</Text>
          {message && (
            <Alert color="red" variant="light" role="alert">
              {message}
            </Alert>
          )}
          {sources && !source && (
            <NativeSelect
              label={t('frameworks.clone.source')}
              value={chosen?.id ?? ''}
              onChange={(event) => setSourceId(event.currentTarget.value)}
              data={sources.map((s) => ({
                value: s.id,
                label: `${s.title} — ${t('frameworks.version', { version: s.version })}${s.status === 'draft' ? ` (${t('frameworks.status.draft')})` : ''}`,
              }))}
            />
          )}
          {!organizationId &&
            (owners.length === 0 ? (
              <Alert color="gray" variant="light">
                {t('frameworks.clone.noOrganization')}
              </Alert>
            ) : (
              <NativeSelect
                label={t('frameworks.clone.organization')}
                value={ownerId}
                onChange={(event) => setOwnerId(event.currentTarget.value)}
                data={owners.map(([value, label]) => ({ value, label }))}
                error={errors.organizationId}
              />
            ))}
          <TextInput
            label={t('frameworks.clone.key')}
            description={t('frameworks.clone.keyHelp')}
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            error={errors.key}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label={t('frameworks.clone.newTitle')}
            description={t('frameworks.clone.newTitleHelp')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={clone.isPending} disabled={!organizationId && owners.length === 0}>
              {t('frameworks.clone.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
