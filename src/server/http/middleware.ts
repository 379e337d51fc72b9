import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { resolveActor } from '../auth/session';
import type { AppEnv, Services } from './env';
import { ApiError, forbidden } from './errors';

export function servicesMiddleware(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('services', services);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 100) || randomUUID());
    c.set('actor', null);
    await next();
  };
}

/** One structured line per request: id, person, method, path, status, latency. */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  c.header('x-request-id', c.var.requestId);
  if (!c.req.path.startsWith('/api')) return;
  c.var.services.logger.info(
    {
      requestId: c.var.requestId,
      personId: c.var.actor?.personId ?? null,
      tokenId: c.var.actor?.kind === 'token' ? c.var.actor.tokenId : undefined,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      latencyMs: Math.round(performance.now() - started),
    },
    'request',
  );
};

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Observation imports upload a CSV or Excel file with its column mapping as a multipart form. */
export const isObservationImport = (path: string) => /\/observation-imports(\/preview)?$/.test(path);

/** Writes carry JSON (or CSV, or a multipart form, for imports); anything else is refused before it reaches a handler. */
export const requireContentType: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (unsafe.has(c.req.method)) {
    const type = c.req.header('content-type')?.split(';')[0].trim().toLowerCase();
    const length = c.req.header('content-length');
    const hasBody = type !== undefined || (length !== undefined && length !== '0');
    const expected = isObservationImport(c.req.path)
      ? 'multipart/form-data'
      : c.req.path.endsWith('/import')
        ? 'text/csv'
        : 'application/json';
    if (hasBody && type !== expected) {
      throw new ApiError(415, `Send the request body as ${expected}.`, [
        { path: 'content-type', message: `Unsupported content type: ${type ?? 'none'}.` },
      ]);
    }
  }
  await next();
};

/** Endpoints that never act on an existing session, so a stale cookie must not block them. */
const sessionlessPaths = new Set([
  '/api/auth/login',
  '/api/auth/password-reset',
  '/api/auth/password-reset/complete',
  '/api/invitations/accept',
  '/api/setup',
]);

/**
 * Resolves the caller. Cookie sessions must echo their CSRF token on writes; bearer tokens are not sent
 * by browsers on their own, so they need none.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = await resolveActor(c, c.var.services.database.db);
  c.set('actor', actor);
  const needsCsrf = unsafe.has(c.req.method) && !sessionlessPaths.has(c.req.path);
  if (actor?.kind === 'person' && needsCsrf && c.req.header('x-csrf-token') !== actor.csrfToken) {
    throw forbidden('Missing or invalid CSRF token; reload the page and try again.');
  }
  await next();
};
