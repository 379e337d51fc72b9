import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { planKey } from './api';

/**
 * A failed plan write that is not shown beside a field: the server's message, and for a stale version (409)
 * a way to load the latest plan.
 */
export function WriteError({
  planId,
  error,
  shown = () => false,
}: {
  planId: string;
  error: unknown;
  /** Whether a field path's message is already beside its control. */
  shown?: (path: string) => boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (!error) return null;
  if (error instanceof ApiError && error.issues.some((issue) => shown(issue.path))) return null;
  const message = error instanceof Error ? error.message : String(error);
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <Notice color="red" role="alert">
      <Text size="sm">{message}</Text>
      {conflict && (
        <Group gap="sm" mt="xs" align="center">
          <Button
            size="xs"
            variant="default"
            onClick={() => void queryClient.invalidateQueries({ queryKey: planKey(planId) })}
          >
            {t('plans.conflict.reload')}
          </Button>
          <Text size="sm">{t('plans.conflict.hint')}</Text>
        </Group>
      )}
    </Notice>
  );
}
