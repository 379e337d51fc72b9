import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { badRequest, zodIssues } from './errors';

/** Every router reports validation failures in the API's one error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = zodIssues(result.error.issues);
        throw badRequest(issues.length === 1 ? issues[0].message : 'Some fields need attention.', issues);
      }
    },
  });
}
