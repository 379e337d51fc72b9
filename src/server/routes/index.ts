import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env';
import apiTokens from './api-tokens';
import audit from './audit';
import auth from './auth';
import health from './health';
import invitations from './invitations';
import networks from './networks';
import organizationImport from './organization-import';
import organizations from './organizations';
import outbox from './outbox';
import people from './people';
import setup from './setup';

export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  for (const router of [
    health,
    setup,
    auth,
    organizationImport,
    organizations,
    networks,
    people,
    invitations,
    apiTokens,
    audit,
    outbox,
  ]) {
    app.route('/', router);
  }
}
