import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { type OrganizationDetail, updateOrganizationInput } from '../../../shared/schemas/organization';
import { ApiError } from '../../api/client';
import { useUpdateOrganization } from '../../api/organizations';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import {
  OrganizationFields,
  type ProfileValues,
  profileFieldNames,
} from '../../components/OrganizationFields';
import { useTranslation } from '../../i18n';

function valuesOf(org: OrganizationDetail): ProfileValues {
  return Object.fromEntries(profileFieldNames.map((f) => [f, org[f] ?? ''])) as ProfileValues;
}

/** Every profile field; sends the version it started from so a concurrent edit is caught, not overwritten. */
export function ProfileForm({
  org,
  reload,
  onCancel,
  onSaved,
}: {
  org: OrganizationDetail;
  reload: () => Promise<unknown>;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormState(valuesOf(org));
  const update = useUpdateOrganization(org.id);
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...form.values, version: org.version };
    const errors = schemaErrors(updateOrganizationInput, input);
    form.setErrors(errors ?? {});
    if (errors) return;
    update.mutate(updateOrganizationInput.parse(input), {
      onSuccess: onSaved,
      onError: (error) => form.setErrors(apiFieldErrors(error)),
    });
  };
  const message = conflict ? null : formMessage(update.error, profileFieldNames);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && (
          <Alert color="red" variant="light" role="alert" title={t('directory.profile.conflict')}>
            {t('directory.profile.conflictHelp')}
            <Button variant="default" size="xs" mt="sm" display="block" onClick={() => void reload()}>
              {t('app.reload')}
            </Button>
          </Alert>
        )}
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <OrganizationFields form={form} fields={profileFieldNames} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
