import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { limits } from '../../shared/limits';
import { registerRoutes } from '../routes';
import type { Services } from './env';
import { ApiError, errorBody } from './errors';
import {
  authenticate,
  isObservationImport,
  requestLog,
  requireContentType,
  servicesMiddleware,
} from './middleware';
import { createRouter } from './router';

/** The built web app; THROUGHLINE_WEB_DIR points elsewhere (a build of one's own) when several builds coexist. */
export const webRoot = process.env.THROUGHLINE_WEB_DIR || join(import.meta.dirname, '../../../dist/web');

export function createApp(services: Services) {
  const app = createRouter();
  app.use('*', servicesMiddleware(services), requestLog);
  app.use(
    '*',
    secureHeaders({
      // Mantine sets inline styles; scripts come only from this origin.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    }),
  );
  const jsonLimit = sizeLimit(limits.jsonBodyBytes);
  const importLimit = sizeLimit(limits.importBodyBytes);
  const observationImportLimit = sizeLimit(limits.observationImportBytes);
  app.use(
    '/api/*',
    (c, next) =>
      (isObservationImport(c.req.path)
        ? observationImportLimit
        : c.req.path.endsWith('/import')
          ? importLimit
          : jsonLimit)(c, next),
    requireContentType,
    authenticate,
    async (c, next) => {
      await next();
      // API answers are per person; shared caches and the back button must not replay them.
      c.header('Cache-Control', 'no-store');
    },
  );

  registerRoutes(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Throughline API',
      version: '1',
      description:
        'Strategic performance management for public education. Authenticate with the session cookie (send the CSRF token from /api/me as X-CSRF-Token on writes) or with an organization API token as `Authorization: Bearer …`.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.all('/api/*', (c) => c.json({ error: 'No such API endpoint.', issues: [] }, 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error), error.status);
    if (error instanceof HTTPException) {
      const message = error.status === 400 ? 'The request body is not valid JSON.' : error.message;
      return c.json({ error: message, issues: [{ path: 'body', message: error.message }] }, error.status);
    }
    if (isUniqueViolation(error)) {
      return c.json(
        {
          error: 'This clashes with a change someone else saved at the same moment. Reload and try again.',
          issues: [],
        },
        409,
      );
    }
    services.logger.error({ err: error, requestId: c.var.requestId }, 'unhandled error');
    return c.json({ error: 'Something went wrong on our side. It has been logged.', issues: [] }, 500);
  });

  if (existsSync(webRoot)) {
    app.use('/assets/*', serveStatic({ root: webRoot }));
    app.use('*', serveStatic({ root: webRoot }));
    let indexHtml: string | undefined;
    app.get('*', async (c) => {
      indexHtml ??= await readFile(join(webRoot, 'index.html'), 'utf8');
      return c.html(indexHtml);
    });
  }
  return app;
}

export type App = ReturnType<typeof createApp>;

/** Counts the bytes actually read, so a missing or false Content-Length cannot get past the limit. */
function sizeLimit(maxSize: number) {
  const readable = maxSize >= 1024 * 1024 ? `${maxSize / 1024 / 1024} MB` : `${maxSize / 1024} KB`;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, `The request body is larger than ${readable}.`);
    },
  });
}

/** A unique index caught a race that the command's own checks could not see (two writers at once). */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
