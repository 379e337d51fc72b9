import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { planKey } from './api';

export type WriteErrorProps = {
  error: unknown;
  /**
   * The field paths whose messages the form shows beside their controls: a test, or field names, where a name
   * also covers its parts (`goalIds` covers `goalIds.2`).
   */
  shown?: ((path: string) => boolean) | readonly string[];
  /** The plan that the default reload fetches again. */
  planId?: string;
  /** Reloads instead of fetching the plan again, for a form or list that must also take the new version. */
  onReload?: () => unknown;
  /** After the default reload, so a form can start again from the saved content. */
  onReloaded?: () => void;
  /** Beside the reload button: what reloading does here. `null` for none. */
  hint?: string | null;
  /** Some tabs show a conflict as a warning rather than a failure. */
  conflictColor?: 'red' | 'yellow';
};

/**
 * A failed plan write that no field shows: the server's message, and when someone else saved first (409) a way
 * to load the latest version.
 */
export function WriteError({
  error,
  shown = [],
  planId,
  onReload,
  onReloaded,
  hint,
  conflictColor = 'red',
}: WriteErrorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  if (!error) return null;
  const reload = async () => {
    setReloading(true);
    try {
      if (onReload) await onReload();
      else if (planId) {
        await queryClient.invalidateQueries({ queryKey: planKey(planId) });
        onReloaded?.();
      }
    } finally {
      setReloading(false);
    }
  };
  if (error instanceof ApiError && error.status === 409) {
    const hintText = hint === undefined ? t('plans.conflict.hint') : hint;
    return (
      <Notice color={conflictColor} role="alert">
        <Text size="sm">{error.message}</Text>
        <Group gap="sm" mt="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={reload} loading={reloading} style={{ flexShrink: 0 }}>
            {t('plans.conflict.reload')}
          </Button>
          {hintText && <Text size="sm">{hintText}</Text>}
        </Group>
      </Notice>
    );
  }
  const message = unshownMessage(error, shown);
  if (!message) return null;
  return (
    <Notice color="red" role="alert">
      <Text size="sm">{message}</Text>
    </Notice>
  );
}

/** The error's message minus what the form already shows beside its fields; null when that is everything. */
function unshownMessage(error: unknown, shown: NonNullable<WriteErrorProps['shown']>): string | null {
  const isShown = typeof shown === 'function' ? shown : (path: string) => covers(shown, path);
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const unshown = error.issues.filter((issue) => !isShown(issue.path));
  if (unshown.length === 0) return error.issues.length > 0 ? null : error.message;
  return unshown.length === error.issues.length
    ? error.message
    : unshown.map((issue) => issue.message).join(' ');
}

const covers = (fields: readonly string[], path: string) =>
  fields.some((field) => path === field || path.startsWith(`${field}.`));
