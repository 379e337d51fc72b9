import { Button, Group, Text } from '@mantine/core';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { isConflict } from '../../admin/common/errors';
import { Notice } from '../../admin/common/Notice';

type Props = {
  error: Error | null;
  /** Whether the form shows a message beside the field with this path. */
  shown: (path: string) => boolean;
  onReload: () => void;
  /** What reloading does here; by default, that a form keeps what was typed. */
  hint?: string;
};

/**
 * What went wrong that no field shows: a conflict with the server's message and a way to reload, or any
 * other failure.
 */
export function WriteError({ error, shown, onReload, hint }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isConflict(error))
    return (
      <Notice color="yellow" role="alert">
        <Text size="sm">{error.message}</Text>
        <Group gap="sm" mt="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={onReload} style={{ flexShrink: 0 }}>
            {t('planNeeds.actions.reload')}
          </Button>
          <Text size="sm">{hint ?? t('planNeeds.actions.conflictHint')}</Text>
        </Group>
      </Notice>
    );
  const unplaced = error instanceof ApiError ? error.issues.filter((issue) => !shown(issue.path)) : [];
  if (error instanceof ApiError && error.issues.length > 0 && unplaced.length === 0) return null;
  const message = unplaced.length > 0 ? unplaced.map((issue) => issue.message).join(' ') : error.message;
  return (
    <Notice color="red" role="alert">
      {message}
    </Notice>
  );
}
