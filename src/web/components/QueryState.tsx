import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { useTranslation } from '../i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="gray.7">{label ?? t('app.loading')}</Text>
      </Group>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404)
    return (
      <Alert color="gray" variant="light" title={t('app.notFoundTitle')} role="alert">
        <Text size="sm">{t('shell.orgNotFound')}</Text>
      </Alert>
    );
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" title={t('app.errorTitle')} role="alert">
      <Text size="sm">{t('app.error', { message })}</Text>
      {onRetry && (
        <Button variant="default" size="xs" mt="sm" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
