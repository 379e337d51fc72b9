import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import {
  archiveOrganizationInput,
  createOrganizationInput,
  moveOrganizationInput,
  organizationDetail,
  organizationListQuery,
  organizationSummary,
  updateOrganizationInput,
} from '../../shared/schemas/organization';
import { archiveOrganization } from '../commands/organizations/archive';
import { createOrganization } from '../commands/organizations/create';
import { moveOrganization } from '../commands/organizations/move';
import { updateOrganization } from '../commands/organizations/update';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentOrganization, presentOrganizationSummary } from '../presenters/organization';
import { listOrganizations, loadOrganization, organizationContext } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Organizations'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations',
    tags,
    security,
    summary: 'Search the organizations you can see',
    request: { query: organizationListQuery },
    responses: { 200: json(z.object({ items: z.array(organizationSummary) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const query = c.req.valid('query');
    const items = await runRead(c, async (tx) => {
      const rows = await listOrganizations(tx, actor, query);
      const context = await organizationContext(tx, rows);
      return rows.map((row) => presentOrganizationSummary(row, context));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}',
    tags,
    security,
    summary: 'One organization with your abilities on it',
    request: { params: idParam },
    responses: { 200: json(organizationDetail), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const row = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'view', row);
      return presentOrganization(row, await organizationContext(tx, [row]), actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations',
    tags,
    security,
    summary: 'Create a district or school under a parent',
    request: body(createOrganizationInput),
    responses: { 201: json(organizationDetail, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { parentId, ...input } = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const parent = await loadOrganization(ctx.tx, parentId);
      authorizeOrganization(actor, 'createChild', parent);
      const row = await createOrganization(ctx, { ...input, parent });
      return presentOrganization(row, await organizationContext(ctx.tx, [row]), actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/organizations/{id}',
    tags,
    security,
    summary: 'Edit an organization’s profile',
    request: { params: idParam, ...body(updateOrganizationInput) },
    responses: { 200: json(organizationDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'update', organization);
      const row = await updateOrganization(ctx, { ...input, organization });
      return presentOrganization(row, await organizationContext(ctx.tx, [row]), actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/move',
    tags,
    security,
    summary: 'Move an organization (and everything under it) to a new parent',
    request: { params: idParam, ...body(moveOrganizationInput) },
    responses: { 200: json(organizationDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'move', organization);
      const parent = await loadOrganization(ctx.tx, input.parentId);
      authorizeOrganization(actor, 'createChild', parent);
      const row = await moveOrganization(ctx, { organization, parent, version: input.version });
      return presentOrganization(row, await organizationContext(ctx.tx, [row]), actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/archive',
    tags,
    security,
    summary: 'Archive or restore an organization',
    request: { params: idParam, ...body(archiveOrganizationInput) },
    responses: { 200: json(organizationDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'archive', organization);
      const row = await archiveOrganization(ctx, { organization, ...input });
      return presentOrganization(row, await organizationContext(ctx.tx, [row]), actor);
    });
    return c.json(result, 200);
  },
);

export default router;
