import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import type { SaveStatus } from './useAutosave';

/** Always in the page, so screen readers hear each change of save state without moving focus. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    status.state === 'saving'
      ? t('assessments.save.saving')
      : status.state === 'saved'
        ? t('assessments.save.saved')
        : status.state === 'error'
          ? t('assessments.save.failed', { message: status.error ?? '' })
          : t('assessments.save.idle');
  return (
    <Group gap="xs" wrap="nowrap">
      <Text
        size="sm"
        fw={600}
        c={status.state === 'error' ? 'red.9' : 'gray.8'}
        role="status"
        aria-live="polite"
        data-save-state={status.state}
      >
        {status.state === 'saved' ? `✓ ${text}` : text}
      </Text>
      {status.state === 'error' && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('assessments.save.retry')}
        </Button>
      )}
    </Group>
  );
}
