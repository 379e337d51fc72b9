import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect } from 'react';
import { limits } from '../../../shared/limits';
import { password as newPassword } from '../../../shared/schemas/auth';
import { ApiError } from '../../api/client';
import { useAcceptInvitation, useInvitationLookup } from '../../api/session';
import { apiFieldErrors, formMessage, useFormState } from '../../components/forms';
import { PublicLayout } from '../../components/PublicLayout';
import { ErrorState, Loading } from '../../components/QueryState';
import { Redirect } from '../../components/Redirect';
import { useTranslation } from '../../i18n';

const route = getRouteApi('/invitations/accept');

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const lookup = useInvitationLookup(token);
  const accept = useAcceptInvitation();
  const form = useFormState({ name: '', password: '', confirm: '' });

  const invitedName = lookup.data?.name;
  const { set } = form;
  // The inviter may already have typed the person's name; start from it.
  useEffect(() => {
    if (invitedName) set('name', invitedName);
  }, [invitedName, set]);

  if (accept.isSuccess) return <Redirect href="/" />;

  let body: React.ReactNode;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('auth.invitation.missingToken')}
      </Alert>
    );
  } else if (lookup.isPending) {
    body = <Loading />;
  } else if (lookup.error) {
    body =
      lookup.error instanceof ApiError && lookup.error.status === 404 ? (
        <Alert color="red" variant="light" role="alert">
          {t('auth.invitation.invalid')}
        </Alert>
      ) : (
        <ErrorState error={lookup.error} onRetry={() => lookup.refetch()} />
      );
  } else {
    const invitation = lookup.data;
    const creating = !invitation.hasAccount;
    const submit = (event: FormEvent) => {
      event.preventDefault();
      const v = form.values;
      const errors: Record<string, string> = {};
      if (creating) {
        if (!v.name.trim()) errors.name = t('auth.invitation.nameRequired');
        const checked = newPassword.safeParse(v.password);
        if (!checked.success) errors.password = checked.error.issues[0].message;
        else if (v.confirm !== v.password) errors.confirm = t('auth.invitation.mismatch');
      }
      form.setErrors(errors);
      if (Object.keys(errors).length) return;
      accept.mutate(
        { token, password: v.password, ...(creating ? { name: v.name } : {}) },
        { onError: (error) => form.setErrors(apiFieldErrors(error)) },
      );
    };
    const message = formMessage(accept.error, ['name', 'password']);
    body = (
      <>
        <Text>
          {t('auth.invitation.summary', {
            organization: invitation.organizationName,
            role: t(`app.roles.${invitation.role}`),
          })}
        </Text>
        <Text size="sm" c="gray.7" mt="xs" mb="lg">
          {creating ? t('auth.invitation.create') : t('auth.invitation.existing')}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {message && (
              <Alert color="red" variant="light" role="alert">
                {message}
              </Alert>
            )}
            <TextInput
              label={t('auth.invitation.email')}
              value={invitation.email}
              readOnly
              autoComplete="username"
            />
            {creating && (
              <TextInput
                label={t('auth.invitation.name')}
                autoComplete="name"
                maxLength={limits.nameMax}
                {...form.bind('name')}
              />
            )}
            <PasswordInput
              label={t('auth.invitation.password')}
              description={
                creating ? t('auth.setup.create.passwordHint', { min: limits.passwordMin }) : undefined
              }
              autoComplete={creating ? 'new-password' : 'current-password'}
              maxLength={limits.passwordMax}
              {...form.bind('password')}
            />
            {creating && (
              <PasswordInput
                label={t('auth.invitation.confirm')}
                autoComplete="new-password"
                maxLength={limits.passwordMax}
                {...form.bind('confirm')}
              />
            )}
            <Button type="submit" loading={accept.isPending}>
              {t('auth.invitation.submit')}
            </Button>
          </Stack>
        </form>
      </>
    );
  }

  return (
    <PublicLayout title={t('auth.invitation.title')}>
      <Card shadow="xs">
        <Title order={1} mb="md">
          {t('auth.invitation.title')}
        </Title>
        {body}
      </Card>
    </PublicLayout>
  );
}
