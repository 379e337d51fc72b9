import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ZodType } from 'zod';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { type FieldErrors, schemaErrors } from '../../../components/forms';
import { fieldError } from '../../admin/common/errors';
import { type PlanWrite, planKey, usePlanWrite } from '../api';

type SubmitOptions = {
  /** Checked here first with the server's own schema, so the same messages appear without a round trip. */
  schema?: ZodType;
  input?: unknown;
  onSuccess?: (plan: PlanTree) => void;
};

/** Takes the reader to the first field that has a message, once the messages are drawn. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * One form's writes. The form saves against the version it was opened with, so a change made meanwhile by
 * someone else is refused (409) rather than overwritten; "Reload" then fetches the plan and takes the item's
 * current version, keeping what was typed so it can be saved again. Messages, from the client check or the
 * API, are available per field path.
 */
export function useItemWrite(
  planId: string,
  versionOf: (plan: PlanTree) => number | undefined = () => undefined,
) {
  const queryClient = useQueryClient();
  const write = usePlanWrite(planId);
  const [checks, setChecks] = useState<FieldErrors>({});
  const [version, setVersion] = useState(() => {
    const plan = queryClient.getQueryData<PlanTree>(planKey(planId));
    return plan ? versionOf(plan) : undefined;
  });

  const submit = (request: PlanWrite, { schema, input, onSuccess }: SubmitOptions = {}) => {
    // The form being submitted holds the focus (its button, or the field Enter was pressed in).
    const form = document.activeElement?.closest('form') ?? null;
    const found = schema ? schemaErrors(schema, input) : null;
    setChecks(found ?? {});
    if (found) return focusFirstInvalid(form);
    write.mutate(request, {
      onSuccess: (plan) => {
        setVersion(versionOf(plan));
        onSuccess?.(plan);
      },
      onError: () => focusFirstInvalid(form),
    });
  };

  const refetch = useRefetchPlan(planId);
  const reload = async () => {
    const plan = await refetch();
    if (plan) setVersion(versionOf(plan));
    write.reset();
  };

  const issues = () => [
    ...Object.entries(checks).map(([path, message]) => ({ path, message })),
    ...(write.error instanceof ApiError ? write.error.issues : []),
  ];

  return {
    submit,
    reload,
    /** The version to send: the one this form was opened with, or took on reload. */
    version,
    pending: write.isPending,
    error: write.error,
    fieldError: (path: string) => checks[path] ?? fieldError(write.error, path),
    /** The first message for a list or any of its members (`candidateIds.2`), for a control holding them all. */
    listError: (path: string) =>
      issues().find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message,
  };
}

export type ItemWrite = ReturnType<typeof useItemWrite>;

/** Fetches the plan again (after a conflict) and gives the fresh tree. */
export function useRefetchPlan(planId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.refetchQueries({ queryKey: planKey(planId), exact: true });
    return queryClient.getQueryData<PlanTree>(planKey(planId));
  };
}
