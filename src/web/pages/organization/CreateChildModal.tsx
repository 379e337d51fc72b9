import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { childKinds } from '../../../shared/roles';
import { createOrganizationInput, type OrganizationDetail } from '../../../shared/schemas/organization';
import { useCreateOrganization } from '../../api/organizations';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import { emptyProfile, OrganizationFields, type ProfileField } from '../../components/OrganizationFields';
import { useTranslation } from '../../i18n';

const fields: ProfileField[] = [
  'name',
  'code',
  'cityCounty',
  'zipCode',
  'phone',
  'leaderName',
  'essaStatus',
  'titleIStatus',
];

export function CreateChildModal({
  parent,
  opened,
  onClose,
  onCreated,
}: {
  parent: OrganizationDetail;
  opened: boolean;
  onClose: () => void;
  onCreated: (org: OrganizationDetail) => void;
}) {
  const { t } = useTranslation();
  const kind = childKinds[parent.kind][0];
  const form = useFormState(emptyProfile);
  const create = useCreateOrganization();

  const close = () => {
    form.setValues(emptyProfile);
    form.setErrors({});
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...form.values, kind, parentId: parent.id };
    const errors = schemaErrors(createOrganizationInput, input);
    form.setErrors(errors ?? {});
    if (errors) return;
    create.mutate(createOrganizationInput.parse(input), {
      onSuccess: (org) => {
        close();
        onCreated(org);
      },
      onError: (error) => form.setErrors(apiFieldErrors(error)),
    });
  };
  const message = formMessage(create.error, fields);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened={opened}
      onClose={close}
      title={t('directory.create.title', { name: parent.name })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {message && (
            <Alert color="red" variant="light" role="alert">
              {message}
            </Alert>
          )}
          {kind && (
            <Text size="sm">
              <Text span fw={600}>
                {t('app.fields.kind')}:
              </Text>{' '}
              {t(`app.kinds.${kind}`)}
            </Text>
          )}
          <OrganizationFields form={form} fields={fields} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('directory.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
