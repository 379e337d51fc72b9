import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect } from 'react';
import { limits } from '../../../shared/limits';
import { type LoginInput, loginInput } from '../../../shared/schemas/auth';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/hooks';
import { useSetupStatus, useSignIn } from '../../api/session';
import { apiFieldErrors, formMessage, schemaErrors, useFormState } from '../../components/forms';
import { AnchorLink } from '../../components/links';
import { PublicLayout } from '../../components/PublicLayout';
import { Loading } from '../../components/QueryState';
import { Redirect } from '../../components/Redirect';
import { useTranslation } from '../../i18n';
import { DemoAccounts } from './DemoAccounts';

const route = getRouteApi('/sign-in');

export default function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const me = useMe();
  const setup = useSetupStatus();
  const signIn = useSignIn();
  const form = useFormState({ email: '', password: '' });
  const navigate = useNavigate();
  const signedIn = !!me.data;

  useEffect(() => {
    if (signedIn) void navigate({ href: redirect ?? '/', replace: true });
  }, [signedIn, redirect, navigate]);

  if (me.isPending || setup.isPending || signedIn) return <Loading />;
  if (setup.data?.needsSetup) return <Redirect href="/setup" />;

  const attempt = (input: LoginInput) => {
    const errors = schemaErrors(loginInput, input);
    form.setErrors(errors ?? {});
    if (errors) return;
    signIn.mutate(input, { onError: (error) => form.setErrors(apiFieldErrors(error)) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    attempt(form.values);
  };
  const limited = signIn.error instanceof ApiError && signIn.error.status === 429;
  const message = formMessage(signIn.error, ['email', 'password']);
  const demoAccounts = setup.data?.demo ? setup.data.demoAccounts : [];

  return (
    <PublicLayout title={t('auth.signIn.title')} size={demoAccounts.length ? 960 : 460}>
      <Stack gap="xl">
        <Card shadow="xs" maw={440} w="100%" mx="auto" component="section" aria-labelledby="sign-in-title">
          <Title order={1} id="sign-in-title">
            {t('auth.signIn.title')}
          </Title>
          <Text size="sm" c="gray.7" mt={6} mb="lg">
            {t('auth.signIn.intro')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {message && (
                <Alert
                  color="red"
                  variant="light"
                  role="alert"
                  title={limited ? t('auth.signIn.tooMany') : undefined}
                >
                  {message}
                </Alert>
              )}
              <TextInput
                label={t('auth.signIn.email')}
                type="email"
                autoComplete="username"
                maxLength={limits.emailMax}
                {...form.bind('email')}
              />
              <PasswordInput
                label={t('auth.signIn.password')}
                autoComplete="current-password"
                maxLength={limits.passwordMax}
                {...form.bind('password')}
              />
              <Group justify="space-between" mt="xs">
                <AnchorLink to="/forgot-password" size="sm">
                  {t('auth.signIn.forgot')}
                </AnchorLink>
                <Button type="submit" loading={signIn.isPending}>
                  {t('auth.signIn.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {demoAccounts.length > 0 && (
          <DemoAccounts
            accounts={demoAccounts}
            disabled={signIn.isPending}
            onSignIn={(account) => {
              form.setValues({ email: account.email, password: account.password });
              attempt({ email: account.email, password: account.password });
            }}
          />
        )}
      </Stack>
    </PublicLayout>
  );
}
