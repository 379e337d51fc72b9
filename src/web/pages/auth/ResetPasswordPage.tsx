import { Alert, Button, Card, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { limits } from '../../../shared/limits';
import { passwordResetCompleteInput } from '../../../shared/schemas/auth';
import { api } from '../../api/client';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import { AnchorLink } from '../../components/links';
import { PublicLayout } from '../../components/PublicLayout';
import { useTranslation } from '../../i18n';

const route = getRouteApi('/reset-password');

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const form = useFormState({ password: '', confirm: '' });
  const complete = useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<void>('/api/auth/password-reset/complete', input),
    onError: (error) => form.setErrors(apiFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { token: token ?? '', password: form.values.password };
    const errors = schemaErrors(passwordResetCompleteInput, input) ?? {};
    if (!errors.password && form.values.confirm !== form.values.password)
      errors.confirm = t('auth.reset.mismatch');
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) complete.mutate(input);
  };
  const message = formMessage(complete.error, ['password']);

  return (
    <PublicLayout title={t('auth.reset.title')}>
      <Card shadow="xs">
        <Title order={1} mb="lg">
          {complete.isSuccess ? t('auth.reset.doneTitle') : t('auth.reset.title')}
        </Title>
        {!token ? (
          <Alert color="red" variant="light" role="alert">
            {t('auth.reset.missingToken')}
          </Alert>
        ) : complete.isSuccess ? (
          <Alert color="throughline" variant="light" role="status">
            {t('auth.reset.done')}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {message && (
                <Alert color="red" variant="light" role="alert">
                  {message}
                </Alert>
              )}
              <PasswordInput
                label={t('auth.reset.password')}
                description={t('auth.setup.create.passwordHint', { min: limits.passwordMin })}
                autoComplete="new-password"
                maxLength={limits.passwordMax}
                {...form.bind('password')}
              />
              <PasswordInput
                label={t('auth.reset.confirm')}
                autoComplete="new-password"
                maxLength={limits.passwordMax}
                {...form.bind('confirm')}
              />
              <Button type="submit" loading={complete.isPending}>
                {t('auth.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Stack gap={4} mt="lg">
          {complete.isSuccess ? (
            <AnchorLink to="/sign-in" size="sm">
              {t('auth.forgot.back')}
            </AnchorLink>
          ) : (
            <AnchorLink to="/forgot-password" size="sm">
              {t('auth.reset.askAgain')}
            </AnchorLink>
          )}
        </Stack>
      </Card>
    </PublicLayout>
  );
}
