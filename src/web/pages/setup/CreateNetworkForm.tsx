import { Alert, Button, Fieldset, PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { limits } from '../../../shared/limits';
import { type SetupInput, setupInput } from '../../../shared/schemas/auth';
import type { SetupStatus } from '../../api/session';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import { emptyProfile, OrganizationFields, type ProfileField } from '../../components/OrganizationFields';
import { useTranslation } from '../../i18n';

const profileFields: ProfileField[] = [
  'code',
  'cityCounty',
  'zipCode',
  'phone',
  'leaderName',
  'contactName',
  'contactEmail',
];

const adminFields = ['name', 'position', 'email', 'password'].map((f) => `administrator.${f}`);
const orgFields = ['name', 'kind', ...profileFields].map((f) => `organization.${f}`);

export function CreateNetworkForm({ setup }: { setup: UseMutationResult<SetupStatus, Error, SetupInput> }) {
  const { t } = useTranslation();
  const form = useFormState({
    ...emptyProfile,
    adminName: '',
    position: '',
    email: '',
    password: '',
    kind: 'state',
  });
  const pending = setup.isPending && setup.variables?.mode === 'create';
  const message =
    setup.variables?.mode === 'create' ? formMessage(setup.error, [...adminFields, ...orgFields]) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = {
      mode: 'create' as const,
      administrator: { name: v.adminName, position: v.position, email: v.email, password: v.password },
      organization: {
        kind: v.kind as 'state' | 'district',
        name: v.name,
        ...Object.fromEntries(profileFields.map((f) => [f, v[f]])),
      },
    };
    const errors = schemaErrors(setupInput, input);
    form.setErrors(errors ?? {});
    if (errors) return;
    setup.mutate(input, { onError: (error) => form.setErrors(apiFieldErrors(error)) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <Fieldset legend={t('auth.setup.create.administrator')}>
          <Stack gap="sm">
            <TextInput
              label={t('auth.setup.create.name')}
              withAsterisk
              autoComplete="name"
              maxLength={limits.nameMax}
              {...form.bind('adminName', 'administrator.name')}
            />
            <TextInput
              label={t('auth.setup.create.position')}
              autoComplete="organization-title"
              maxLength={limits.shortTextMax}
              {...form.bind('position', 'administrator.position')}
            />
            <TextInput
              label={t('auth.setup.create.email')}
              withAsterisk
              type="email"
              autoComplete="email"
              maxLength={limits.emailMax}
              {...form.bind('email', 'administrator.email')}
            />
            <PasswordInput
              label={t('auth.setup.create.password')}
              description={t('auth.setup.create.passwordHint', { min: limits.passwordMin })}
              withAsterisk
              autoComplete="new-password"
              maxLength={limits.passwordMax}
              {...form.bind('password', 'administrator.password')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('auth.setup.create.organization')}>
          <Stack gap="sm">
            <Radio.Group
              label={t('auth.setup.create.kind')}
              value={form.values.kind}
              onChange={(value) => form.set('kind', value)}
              error={form.errors['organization.kind']}
            >
              <Stack gap={8} mt={6}>
                <Radio value="state" label={t('auth.setup.create.kindState')} />
                <Radio value="district" label={t('auth.setup.create.kindDistrict')} />
              </Stack>
            </Radio.Group>
            <TextInput
              label={t('auth.setup.create.orgName')}
              withAsterisk
              maxLength={limits.nameMax}
              {...form.bind('name', 'organization.name')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('auth.setup.create.profile')}>
          <OrganizationFields form={form} fields={profileFields} prefix="organization." />
        </Fieldset>
        <Button type="submit" loading={pending} disabled={setup.isPending} size="md">
          {t('auth.setup.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
