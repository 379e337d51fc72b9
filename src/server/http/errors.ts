import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Issue = { path: string; message: string };

/** An error the API reports as `{ error, issues }` with its status; anything else becomes a 500. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, issues: Issue[] = []) => new ApiError(400, message, issues);
export const fieldError = (path: string, message: string) => new ApiError(400, message, [{ path, message }]);
export const unauthorized = (message = 'Sign in to continue.') => new ApiError(401, message);
export const forbidden = (message = 'You are not allowed to do this.') => new ApiError(403, message);
export const notFound = (what = 'The thing you asked for') => new ApiError(404, `${what} was not found.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new ApiError(409, message, [], extra);
export const tooManyRequests = (message: string) => new ApiError(429, message);

export function errorBody(error: ApiError) {
  return { error: error.message, issues: error.issues, ...error.extra };
}

/** Turns zod issues into the API's `{ path, message }` list; paths are dotted ("targets.0.value"). */
export function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
