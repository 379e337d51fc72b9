import { Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { planKey } from '../api';

type Props = {
  error: unknown;
  planId: string;
  /** The form's own fields: their messages show beside them, not here. */
  fields?: readonly string[];
  /** After a reload, so a form can start again from the saved content. */
  onReloaded?: () => void;
};

/** A write's error that belongs to no field; when someone else saved first (409), a way to reload. */
export function WriteError({ error, planId, fields = [], onReloaded }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const message = generalMessage(error, fields);
  if (!message) return null;
  const conflict = error instanceof ApiError && error.status === 409;
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey: planKey(planId), exact: true });
      onReloaded?.();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Notice color="red" role="alert">
      <Text size="sm">{message}</Text>
      {conflict && (
        <Button size="xs" variant="default" mt="xs" onClick={reload} loading={reloading}>
          {t('planTree.item.reload')}
        </Button>
      )}
    </Notice>
  );
}

/** The message for a field, also when the server names a part of it (`goalIds.2` for `goalIds`). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

const covers = (fields: readonly string[], path: string) =>
  fields.some((field) => path === field || path.startsWith(`${field}.`));

/** The error's message unless one of the form's fields already shows it. */
function generalMessage(error: unknown, fields: readonly string[]): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.issues.some((issue) => covers(fields, issue.path))) return null;
  return error instanceof Error ? error.message : String(error);
}
