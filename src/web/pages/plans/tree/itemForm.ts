import { type RefObject, useCallback, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { planItemInputs, planItemPatches } from '../../../../shared/schemas/plan';
import { apiFieldErrors, type FieldErrors, schemaErrors } from '../../../components/forms';
import { planItemPath, usePlanWrite } from '../api';
import { focusFirstError } from './focus';

type Kind = 'strategy' | 'milestone' | 'action';

/**
 * A plan item's form state, kept in the form so typing re-renders the form alone. A change to a field
 * clears its message (and messages about its parts, such as `goalIds.1`).
 */
export function useItemForm<V extends Record<string, unknown>>(initial: () => V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Stable, so fields that are costly to draw (the pickers) can skip renders while another field is typed in.
  const set = useCallback(<K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) =>
      Object.keys(current).some((p) => p === key || p.startsWith(`${key}.`))
        ? Object.fromEntries(Object.entries(current).filter(([p]) => p !== key && !p.startsWith(`${key}.`)))
        : current,
    );
  }, []);
  return { values, set, errors, setErrors };
}

/**
 * Creates an item (POST) or patches it with the version it was read at (PATCH). Input is checked with the
 * server's own schema first; then the server's messages land beside their fields too.
 */
export function useItemSubmit({
  planId,
  kind,
  item,
  form,
  setErrors,
  onSaved,
}: {
  planId: string;
  kind: Kind;
  item?: { id: string; version: number };
  form: RefObject<HTMLFormElement | null>;
  setErrors: (errors: FieldErrors) => void;
  onSaved: (plan: PlanTree) => void;
}) {
  const write = usePlanWrite(planId);
  const submit = (input: Record<string, unknown>) => {
    const schema = item ? planItemPatches[kind] : planItemInputs[kind];
    const body = item ? { ...input, version: item.version } : input;
    const found = schemaErrors(schema, body);
    if (found) {
      setErrors(found);
      focusFirstError(form.current);
      return;
    }
    setErrors({});
    write.mutate(
      {
        method: item ? 'patch' : 'post',
        path: planItemPath(planId, kind, item?.id),
        // Sent as typed: the server normalizes it, and parsing here would add list defaults a patch must not send.
        body,
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstError(form.current);
        },
      },
    );
  };
  return { submit, pending: write.isPending, error: write.error, reset: write.reset };
}
