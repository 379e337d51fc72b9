import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useSetup, useSetupStatus } from '../../api/session';
import { AnchorLink } from '../../components/links';
import { PublicLayout } from '../../components/PublicLayout';
import { ErrorState, Loading } from '../../components/QueryState';
import { Redirect } from '../../components/Redirect';
import { useTranslation } from '../../i18n';
import { CreateNetworkForm } from './CreateNetworkForm';

/** First run: start a real network, or load the demo to look around. */
export default function SetupPage() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const setup = useSetup();
  const navigate = useNavigate();

  if (status.isPending) return <Loading />;
  if (status.error)
    return (
      <PublicLayout title={t('auth.setup.title')}>
        <ErrorState error={status.error} onRetry={() => status.refetch()} />
      </PublicLayout>
    );
  if (!status.data.needsSetup && !setup.isSuccess)
    return (
      <PublicLayout title={t('auth.setup.title')}>
        <Title order={1}>{t('auth.setup.title')}</Title>
        <Text mt="sm">{t('auth.setup.alreadyDone')}</Text>
        <AnchorLink to="/sign-in" mt="md" display="inline-block">
          {t('auth.setup.goToSignIn')}
        </AnchorLink>
      </PublicLayout>
    );
  if (setup.isSuccess && setup.variables.mode === 'create') return <Redirect href="/" />;

  return (
    <PublicLayout title={t('auth.setup.title')} size={1080}>
      <Stack gap="xs" mb="xl">
        <Title order={1}>{t('auth.setup.title')}</Title>
        <Text c="gray.7" maw={680}>
          {t('auth.setup.intro')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Card shadow="xs" component="section" aria-labelledby="setup-create">
          <Title order={2} id="setup-create">
            {t('auth.setup.create.title')}
          </Title>
          <Text size="sm" c="gray.7" mt={6} mb="lg">
            {t('auth.setup.create.description')}
          </Text>
          <CreateNetworkForm setup={setup} />
        </Card>
        <Card shadow="xs" component="section" aria-labelledby="setup-demo" bg="throughline.0">
          <Title order={2} id="setup-demo">
            {t('auth.setup.demo.title')}
          </Title>
          <Text size="sm" c="gray.8" mt={6} mb="lg">
            {t('auth.setup.demo.description')}
          </Text>
          {setup.error && setup.variables?.mode === 'demo' && (
            <Alert color="red" variant="light" mb="md" role="alert">
              {setup.error.message}
            </Alert>
          )}
          <Button
            variant="filled"
            loading={setup.isPending && setup.variables?.mode === 'demo'}
            disabled={setup.isPending}
            onClick={() => setup.mutate({ mode: 'demo' }, { onSuccess: () => navigate({ to: '/sign-in' }) })}
          >
            {t('auth.setup.demo.submit')}
          </Button>
        </Card>
      </SimpleGrid>
    </PublicLayout>
  );
}
