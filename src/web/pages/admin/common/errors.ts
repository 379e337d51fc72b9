import { ApiError } from '../../../api/client';

/** A field's message when the error is the API's, for a control's `error` prop. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}

/** The message for the form as a whole: the API's summary unless every issue is shown beside a field. */
export function formError(error: unknown, fields: string[]): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return (error as Error).message;
  const unplaced = error.issues.filter((issue) => !fields.includes(issue.path));
  if (error.issues.length > 0 && unplaced.length === 0) return undefined;
  return unplaced.length > 0 ? unplaced.map((issue) => issue.message).join(' ') : error.message;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
