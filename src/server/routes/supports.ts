import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idParam } from '../../shared/schemas/common';
import {
  evaluateSupportInput,
  provideSupportInput,
  requestSupportInput,
  respondSupportInput,
  support,
  supportList,
  supportListQuery,
} from '../../shared/schemas/supports';
import type { CommandContext } from '../commands/context';
import { evaluateSupport } from '../commands/supports/evaluate';
import { provideSupport } from '../commands/supports/provide';
import { requestSupport } from '../commands/supports/request';
import { respondToSupport } from '../commands/supports/respond';
import type { AppEnv } from '../http/env';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeSupport, canSupport } from '../policies/support';
import { presentSupport } from '../presenters/support';
import { loadOrganization, type OrganizationRow } from '../queries/organizations';
import { listSupports, loadSupport, loadSupportView, type SupportRow } from '../supports/queries';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Supports'];
const router = createRouter();

type Command<I> = (ctx: CommandContext, input: I) => Promise<SupportRow>;

/** Asking for and recording a support: a new one for the organization in the path, answered as it stands. */
function newSupport<I>(
  c: Context<AppEnv>,
  organizationId: string,
  action: 'request' | 'provide',
  command: Command<I & { organization: OrganizationRow }>,
  input: I,
) {
  const actor = requireActor(c);
  return runCommand(c, async (ctx) => {
    const organization = await loadOrganization(ctx.tx, organizationId);
    authorizeSupport(actor, action, organization, 'Organization');
    const row = await command(ctx, { ...input, organization });
    return presentSupport(await loadSupportView(ctx.tx, row.id), actor);
  });
}

/** Answering and rating: a change to a support under its row lock, answered as the support now stands. */
function changeSupport<I>(
  c: Context<AppEnv>,
  supportId: string,
  action: 'respond' | 'evaluate',
  command: Command<I & { support: SupportRow; organization: OrganizationRow }>,
  input: I,
) {
  const actor = requireActor(c);
  return runCommand(c, async (ctx) => {
    const row = await loadSupport(ctx.tx, supportId, { lock: true });
    const organization = await loadOrganization(ctx.tx, row.organizationId);
    authorizeSupport(actor, action, organization);
    await command(ctx, { ...input, support: row, organization });
    return presentSupport(await loadSupportView(ctx.tx, row.id), actor);
  });
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/supports',
    tags,
    security,
    summary: 'Supports needed, received, asked of this organization, or across the organizations below it',
    description:
      'Newest first, filtered by practice code and status. `askOrganization` is where a request from this organization goes (its parent).',
    request: { params: idParam, query: supportListQuery },
    responses: { 200: json(supportList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeSupport(actor, 'read', organization, 'Organization');
      const rows = await listSupports(tx, organization.id, query);
      const parent = organization.parentId ? await loadOrganization(tx, organization.parentId) : null;
      return {
        items: rows.map((row) => presentSupport(row, actor)),
        askOrganization: parent ? { id: parent.id, name: parent.name } : null,
        abilities: {
          request: parent !== null && canSupport(actor, 'request', organization),
          provide: canSupport(actor, 'provide', organization),
        },
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/supports',
    tags,
    security,
    summary: 'Ask the organization above for a support',
    description:
      'By the organization’s planning team. The strategy or milestone must belong to a live plan of this organization; the practice code defaults to the strategy’s first. The staff above are notified with a link to the request.',
    request: { params: idParam, ...body(requestSupportInput) },
    responses: { 201: json(support, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const result = await newSupport(c, id, 'request', requestSupport, c.req.valid('json'));
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/supports/provided',
    tags,
    security,
    summary: 'Record a support the level above gave this organization without being asked',
    description:
      'By staff of an organization above. The provider is an organization above this one where the caller is staff, or a vendor (then the support comes from the caller’s nearest organization above). The receiving team is notified so it can rate the support.',
    request: { params: idParam, ...body(provideSupportInput) },
    responses: { 201: json(support, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const result = await newSupport(c, id, 'provide', provideSupport, c.req.valid('json'));
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/supports/{id}',
    tags,
    security,
    summary: 'One support with your abilities',
    request: { params: idParam },
    responses: { 200: json(support), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const row = await loadSupportView(tx, id);
      authorizeSupport(actor, 'read', {
        id: row.support.organizationId,
        path: row.organizationPath,
        archivedAt: row.organizationArchivedAt,
      });
      return presentSupport(row, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/supports/{id}/response',
    tags,
    security,
    summary: 'Answer a support request: accepted, declined or provided',
    description:
      'By staff of the organizations above the one asking. A provided support stays provided; a closed one cannot change (409). The person who asked is notified.',
    request: { params: idParam, ...body(respondSupportInput) },
    responses: { 200: json(support), ...writeErrors },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const result = await changeSupport(c, id, 'respond', respondToSupport, c.req.valid('json'));
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/supports/{id}/evaluation',
    tags,
    security,
    summary: 'Say how a provided support was used and how well it worked; closes it',
    description: 'By the receiving organization’s planning team, once the support is provided (409 before).',
    request: { params: idParam, ...body(evaluateSupportInput) },
    responses: { 200: json(support), ...writeErrors },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const result = await changeSupport(c, id, 'evaluate', evaluateSupport, c.req.valid('json'));
    return c.json(result, 200);
  },
);

export default router;
