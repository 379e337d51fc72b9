import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { limits } from '../../../shared/limits';
import { passwordResetRequestInput } from '../../../shared/schemas/auth';
import { api } from '../../api/client';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import { AnchorLink } from '../../components/links';
import { PublicLayout } from '../../components/PublicLayout';
import { useTranslation } from '../../i18n';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useFormState({ email: '' });
  const request = useMutation({
    mutationFn: (input: { email: string }) => api.post<void>('/api/auth/password-reset', input),
    onError: (error) => form.setErrors(apiFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = schemaErrors(passwordResetRequestInput, form.values);
    form.setErrors(errors ?? {});
    if (!errors) request.mutate(form.values);
  };
  const message = formMessage(request.error, ['email']);

  return (
    <PublicLayout title={t('auth.forgot.title')}>
      <Card shadow="xs">
        <Title order={1}>{t('auth.forgot.title')}</Title>
        {request.isSuccess ? (
          <Alert color="throughline" variant="light" mt="md" title={t('auth.forgot.sentTitle')} role="status">
            {t('auth.forgot.sent', {
              email: request.variables.email,
              minutes: limits.passwordResetMinutes,
            })}
          </Alert>
        ) : (
          <>
            <Text size="sm" c="gray.7" mt={6} mb="lg">
              {t('auth.forgot.intro')}
            </Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                {message && (
                  <Alert color="red" variant="light" role="alert">
                    {message}
                  </Alert>
                )}
                <TextInput
                  label={t('auth.forgot.email')}
                  type="email"
                  autoComplete="email"
                  maxLength={limits.emailMax}
                  {...form.bind('email')}
                />
                <Button type="submit" loading={request.isPending}>
                  {t('auth.forgot.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
        <AnchorLink to="/sign-in" size="sm" mt="lg" display="block">
          {t('auth.forgot.back')}
        </AnchorLink>
      </Card>
    </PublicLayout>
  );
}
