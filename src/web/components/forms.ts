import { type ChangeEvent, useCallback, useState } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from '../api/client';

export type FieldErrors = Record<string, string>;

/** Checks input with the same schema the server uses, so messages match and arrive before a round trip. */
export function schemaErrors(schema: ZodType, input: unknown): FieldErrors | null {
  const result = schema.safeParse(input);
  if (result.success) return null;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The API's per-field messages, keyed by dotted path. */
export function apiFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError) for (const issue of error.issues) errors[issue.path] ??= issue.message;
  return errors;
}

/**
 * The message to show above a form: only when the error is not already shown beside one of the form's
 * own fields.
 */
export function formMessage(error: unknown, fields: readonly string[]): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.issues.some((i) => fields.includes(i.path))) return null;
  return error instanceof Error ? error.message : String(error);
}

/** Plain controlled text fields with per-field errors; `path` maps a field to the API's name for it. */
export function useFormState<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback((name: keyof T, value: string) => setValues((v) => ({ ...v, [name]: value })), []);

  const bind = (name: keyof T & string, path: string = name) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      set(name, event.currentTarget.value);
      if (errors[path]) setErrors(({ [path]: _, ...rest }) => rest);
    },
    error: errors[path],
    // Mantine's PasswordInput does not mark its input invalid itself.
    'aria-invalid': errors[path] ? true : undefined,
  });

  return { values, setValues, set, errors, setErrors, bind };
}
