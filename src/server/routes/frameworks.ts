import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { frameworkJsonSchema } from '../../shared/frameworks/json-schema';
import { idParam } from '../../shared/schemas/common';
import {
  cloneFrameworkInput,
  frameworkDetail,
  frameworkListQuery,
  frameworkSummary,
  importFrameworkInput,
  publishFrameworkInput,
  updateFrameworkInput,
} from '../../shared/schemas/framework';
import type { Actor } from '../auth/actor';
import { cloneFramework } from '../commands/frameworks/clone';
import { importFramework } from '../commands/frameworks/import';
import { publishFramework } from '../commands/frameworks/publish';
import { updateFrameworkDraft } from '../commands/frameworks/update-draft';
import type { Tx } from '../db/client';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeFramework } from '../policies/framework';
import { authorizeOrganization } from '../policies/organization';
import {
  type FrameworkListContext,
  presentFrameworkDetail,
  presentFrameworkSummary,
} from '../presenters/framework';
import {
  availabilityChain,
  effectiveAvailability,
  latestIds,
  listVisibleFrameworks,
  loadFramework,
  type OwnedFramework,
} from '../queries/frameworks';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Frameworks'];
const router = createRouter();

/** Availability applies to one organization, which the caller must be able to read. */
async function availabilityFor(tx: Tx, actor: Actor, organizationId: string | undefined) {
  if (!organizationId) return new Map();
  const organization = await loadOrganization(tx, organizationId);
  authorizeOrganization(actor, 'read', organization);
  return effectiveAvailability(await availabilityChain(tx, organization));
}

async function detail(tx: Tx, actor: Actor, framework: OwnedFramework, organizationId?: string) {
  const context: FrameworkListContext = {
    availability: await availabilityFor(tx, actor, organizationId),
    latest: latestIds(await listVisibleFrameworks(tx, actor, framework.row.key)),
  };
  return presentFrameworkDetail(framework, context, actor);
}

// Registered before /api/frameworks/{id}, which would otherwise take "schema.json" for an id.
router.openapi(
  createRoute({
    method: 'get',
    path: '/api/frameworks/schema.json',
    tags,
    summary: 'The JSON Schema of the framework file format (also at docs/framework.schema.json)',
    responses: { 200: json(z.record(z.string(), z.unknown())) },
  }),
  (c) => c.json(frameworkJsonSchema(), 200),
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/frameworks',
    tags,
    security,
    summary: 'Every framework version you can see, newest version first within a key',
    request: { query: frameworkListQuery },
    responses: { 200: json(z.object({ items: z.array(frameworkSummary) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { organizationId } = c.req.valid('query');
    const items = await runRead(c, async (tx) => {
      const availability = await availabilityFor(tx, actor, organizationId);
      const list = await listVisibleFrameworks(tx, actor);
      const context = { availability, latest: latestIds(list) };
      return list.map((f) => presentFrameworkSummary(f, context));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/frameworks/{id}',
    tags,
    security,
    summary: 'One framework version with its whole tree and your abilities on it',
    request: { params: idParam, query: frameworkListQuery },
    responses: { 200: json(frameworkDetail), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { organizationId } = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const framework = await loadFramework(tx, id);
      authorizeFramework(actor, 'read', { status: framework.row.status, owner: framework.owner });
      return detail(tx, actor, framework, organizationId);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/frameworks',
    tags,
    security,
    summary: 'Import a framework file as a draft; an invalid file is refused with every problem and its path',
    request: { params: idParam, ...body(importFrameworkInput) },
    responses: { 201: json(frameworkDetail, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { definition } = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const owner = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'manageFrameworks', owner);
      const row = await importFramework(ctx, { owner, definition });
      return detail(ctx.tx, actor, { row, owner });
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/frameworks/{id}/clone',
    tags,
    security,
    summary: 'Copy a framework into a draft of an organization, under a new key or as the next version',
    request: { params: idParam, ...body(cloneFrameworkInput) },
    responses: { 201: json(frameworkDetail, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { organizationId, key, title } = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const source = await loadFramework(ctx.tx, id);
      authorizeFramework(actor, 'read', { status: source.row.status, owner: source.owner });
      const target = await loadOrganization(ctx.tx, organizationId);
      authorizeOrganization(actor, 'manageFrameworks', target);
      authorizeFramework(actor, 'clone', { status: source.row.status, owner: source.owner }, target);
      const row = await cloneFramework(ctx, { source: source.row, target, key, title });
      return detail(ctx.tx, actor, { row, owner: target });
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/frameworks/{id}',
    tags,
    security,
    summary: 'Replace a draft’s definition (published versions never change)',
    request: { params: idParam, ...body(updateFrameworkInput) },
    responses: { 200: json(frameworkDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const framework = await loadFramework(ctx.tx, id);
      authorizeFramework(actor, 'edit', { status: framework.row.status, owner: framework.owner });
      const row = await updateFrameworkDraft(ctx, { framework: framework.row, ...input });
      return detail(ctx.tx, actor, { row, owner: framework.owner });
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/frameworks/{id}/publish',
    tags,
    security,
    summary: 'Publish a draft as an immutable version',
    request: { params: idParam, ...body(publishFrameworkInput) },
    responses: { 200: json(frameworkDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { revision } = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const framework = await loadFramework(ctx.tx, id);
      authorizeFramework(actor, 'publish', { status: framework.row.status, owner: framework.owner });
      const row = await publishFramework(ctx, { framework: framework.row, revision });
      return detail(ctx.tx, actor, { row, owner: framework.owner });
    });
    return c.json(result, 200);
  },
);

export default router;
