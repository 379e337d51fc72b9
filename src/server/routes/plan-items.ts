import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { id } from '../../shared/schemas/common';
import {
  deleteItemQuery,
  planItemInputs,
  planItemPatches,
  planTree,
  reorderInput,
} from '../../shared/schemas/plan';
import { type PlanItemKind, planItemCollections, planItemKinds } from '../../shared/schemas/plan-enums';
import { createItem } from '../commands/plans/create-item';
import { deleteItem } from '../commands/plans/delete-item';
import { reorderItems } from '../commands/plans/reorder';
import { updateItem } from '../commands/plans/update-item';
import { requireActor, runCommand } from '../http/handler';
import { createRouter } from '../http/router';
import { type ItemFields, type ItemInputs, itemSpecs, loadItem } from '../plans/items';
import { loadPlan, planTreeFor } from '../plans/load';
import { authorizePlan, authorizePlanItem } from '../policies/plan';
import { body, json, security, writeErrors } from './spec';

const tags = ['Plan items'];
const router = createRouter();

const planParam = z.object({ id });
const itemParams = z.object({ id, itemId: id });

/** The create, edit and delete endpoints of one kind of plan item, each with its own request schema. */
function itemRoutes<K extends PlanItemKind>(kind: K) {
  const collection = planItemCollections[kind];
  const noun = itemSpecs[kind].noun;

  router.openapi(
    createRoute({
      method: 'post',
      path: `/api/plans/{id}/${collection}`,
      tags,
      security,
      summary: `Add a ${noun} at the end of its list`,
      request: { params: planParam, ...body(planItemInputs[kind]) },
      responses: { 201: json(planTree, 'Created'), ...writeErrors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id: planId } = c.req.valid('param');
      // The schema is planItemInputs[kind]; the generic kind hides that from the route's inferred types.
      const values = c.req.valid('json') as ItemInputs[K];
      const result = await runCommand(c, async (ctx) => {
        const loaded = await loadPlan(ctx.tx, planId, { lock: true });
        authorizePlan(actor, 'edit', loaded.ref);
        await createItem(ctx, { loaded, kind, values });
        return planTreeFor(ctx.tx, planId, actor);
      });
      return c.json(result, 201);
    },
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: `/api/plans/{id}/${collection}/{itemId}`,
      tags,
      security,
      summary: `Edit a ${noun}; a new parent moves it to the end of that list`,
      description: 'Send only the fields that change, with the version you read (409 when stale).',
      request: { params: itemParams, ...body(planItemPatches[kind]) },
      responses: { 200: json(planTree), ...writeErrors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id: planId, itemId } = c.req.valid('param');
      const { version, ...fields } = c.req.valid('json') as ItemFields[K] & { version: number };
      const result = await runCommand(c, async (ctx) => {
        const loaded = await loadPlan(ctx.tx, planId, { lock: true });
        const item = await loadItem(ctx.tx, kind, planId, itemId);
        authorizePlanItem(actor, 'edit', loaded.ref);
        await updateItem(ctx, { loaded, kind, item, version, fields });
        return planTreeFor(ctx.tx, planId, actor);
      });
      return c.json(result, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'delete',
      path: `/api/plans/{id}/${collection}/{itemId}`,
      tags,
      security,
      summary: `Delete a ${noun} with everything below it and every link to it`,
      request: { params: itemParams, query: deleteItemQuery },
      responses: { 200: json(planTree), ...writeErrors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id: planId, itemId } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const result = await runCommand(c, async (ctx) => {
        const loaded = await loadPlan(ctx.tx, planId, { lock: true });
        const item = await loadItem(ctx.tx, kind, planId, itemId);
        authorizePlanItem(actor, 'edit', loaded.ref);
        await deleteItem(ctx, { loaded, kind, item, version });
        return planTreeFor(ctx.tx, planId, actor);
      });
      return c.json(result, 200);
    },
  );
}

for (const kind of planItemKinds) itemRoutes(kind);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/reorder',
    tags,
    security,
    summary: 'Put one list of plan items in a new order; numbers follow',
    description: '`orderedIds` must be exactly the current list (409 otherwise).',
    request: { params: planParam, ...body(reorderInput) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id: planId } = c.req.valid('param');
    const order = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, planId, { lock: true });
      authorizePlan(actor, 'edit', loaded.ref);
      await reorderItems(ctx, { loaded, order });
      return planTreeFor(ctx.tx, planId, actor);
    });
    return c.json(result, 200);
  },
);

export default router;
