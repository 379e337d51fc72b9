import { Button, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMe } from '../api/hooks';
import { useSetupStatus, useSignOut } from '../api/session';
import { PublicLayout } from '../components/PublicLayout';
import { ErrorState, Loading } from '../components/QueryState';
import { Redirect } from '../components/Redirect';
import { useTranslation } from '../i18n';

/** `/` sends each visitor where they belong: first-run setup, sign-in, or their first organization. */
export default function IndexRedirect() {
  const { t } = useTranslation();
  const setup = useSetupStatus();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  if (setup.isPending || me.isPending) return <Loading />;
  if (setup.isError || me.isError)
    return (
      <PublicLayout title={t('app.errorTitle')}>
        <ErrorState
          error={setup.error ?? me.error}
          onRetry={() => Promise.all([setup.refetch(), me.refetch()])}
        />
      </PublicLayout>
    );
  if (setup.data.needsSetup) return <Redirect href="/setup" />;
  if (!me.data) return <Redirect href="/sign-in" />;
  const first = me.data.memberships[0];
  if (first) return <Redirect href={`/o/${first.organizationId}`} />;
  return (
    <PublicLayout title={t('shell.noMemberships.title')}>
      <Title order={1}>{t('shell.noMemberships.title')}</Title>
      <Text mt="sm">{t('shell.noMemberships.body')}</Text>
      <Button
        mt="lg"
        variant="default"
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => navigate({ to: '/sign-in', search: { redirect: undefined } }),
          })
        }
      >
        {t('shell.user.signOut')}
      </Button>
    </PublicLayout>
  );
}
