import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import {
  archiveNetworkInput,
  createNetworkInput,
  network,
  updateNetworkInput,
} from '../../shared/schemas/network';
import type { Actor } from '../auth/actor';
import { archiveNetwork } from '../commands/networks/archive';
import { createNetwork } from '../commands/networks/create';
import { updateNetwork } from '../commands/networks/update';
import type { Tx } from '../db/client';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeNetwork, type NetworkAction } from '../policies/network';
import { authorizeOrganization } from '../policies/organization';
import { presentNetwork } from '../presenters/network';
import { listNetworks, loadNetwork, membersOf, type NetworkRow } from '../queries/networks';
import { loadOrganization, type OrganizationRow } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Networks'];
const router = createRouter();

/** Loads a network with its owner and checks the action against the owner's policy. */
async function authorizedNetwork(tx: Tx, actor: Actor, id: string, action: NetworkAction) {
  const row = await loadNetwork(tx, id);
  const owner = await loadOrganization(tx, row.ownerId);
  authorizeNetwork(actor, action, { archivedAt: row.archivedAt, owner });
  return { network: row, owner };
}

async function present(tx: Tx, row: NetworkRow, owner: OrganizationRow, actor: Actor) {
  const members = await membersOf(tx, [row.id]);
  return presentNetwork(row, members.get(row.id) ?? [], owner, actor);
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/networks',
    tags,
    security,
    summary: 'Networks owned by an organization, archived ones included',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(network) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const owner = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', owner);
      const rows = await listNetworks(tx, owner.id);
      const members = await membersOf(
        tx,
        rows.map((r) => r.id),
      );
      return rows.map((row) => presentNetwork(row, members.get(row.id) ?? [], owner, actor));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/networks',
    tags,
    security,
    summary: 'Create a network of schools or districts within an organization',
    request: { params: idParam, ...body(createNetworkInput) },
    responses: { 201: json(network, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const owner = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'update', owner);
      const row = await createNetwork(ctx, { ...input, owner });
      return present(ctx.tx, row, owner, actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/networks/{id}',
    tags,
    security,
    summary: 'One network with its members',
    request: { params: idParam },
    responses: { 200: json(network), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { network, owner } = await authorizedNetwork(tx, actor, id, 'read');
      return present(tx, network, owner, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/networks/{id}',
    tags,
    security,
    summary: 'Rename a network, edit its description or replace its members',
    request: { params: idParam, ...body(updateNetworkInput) },
    responses: { 200: json(network), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { network, owner } = await authorizedNetwork(ctx.tx, actor, id, 'update');
      const row = await updateNetwork(ctx, { ...input, network, owner });
      return present(ctx.tx, row, owner, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/networks/{id}/archive',
    tags,
    security,
    summary: 'Archive or restore a network',
    request: { params: idParam, ...body(archiveNetworkInput) },
    responses: { 200: json(network), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { network, owner } = await authorizedNetwork(ctx.tx, actor, id, 'archive');
      const row = await archiveNetwork(ctx, { network, ...input });
      return present(ctx.tx, row, owner, actor);
    });
    return c.json(result, 200);
  },
);

export default router;
