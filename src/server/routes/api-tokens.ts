import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { apiToken, createApiTokenInput, createApiTokenResponse } from '../../shared/schemas/api-token';
import { idParam } from '../../shared/schemas/common';
import { createApiToken } from '../commands/api-tokens/create';
import { revokeApiToken } from '../commands/api-tokens/revoke';
import { requireActor, requirePerson, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentApiToken } from '../presenters/api-token';
import { listApiTokens, loadApiToken } from '../queries/api-tokens';
import { loadOrganization } from '../queries/organizations';
import { loadPerson } from '../queries/people';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['API tokens'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/api-tokens',
    tags,
    security,
    summary: 'The API tokens of an organization, newest first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(apiToken) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'manageTokens', organization);
      const rows = await listApiTokens(tx, organization.id);
      return rows.map((row) => presentApiToken(row.token, row.creator));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/api-tokens',
    tags,
    security,
    summary: 'Create an API token; the secret is shown only in this response',
    request: { params: idParam, ...body(createApiTokenInput) },
    responses: { 201: json(createApiTokenResponse, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'manageTokens', organization);
      const creator = await loadPerson(ctx.tx, actor.personId);
      const { token, secret } = await createApiToken(ctx, {
        ...input,
        organization,
        createdById: creator.id,
      });
      return { token: presentApiToken(token, creator), secret };
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/api-tokens/{id}/revoke',
    tags,
    security,
    summary: 'Revoke an API token; it stops working at once',
    request: { params: idParam },
    responses: { 204: { description: 'Revoked' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await runCommand(c, async (ctx) => {
      const token = await loadApiToken(ctx.tx, id);
      const organization = await loadOrganization(ctx.tx, token.organizationId);
      authorizeOrganization(actor, 'manageTokens', organization);
      await revokeApiToken(ctx, token);
    });
    return c.body(null, 204);
  },
);

export default router;
