import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { id, idParam } from '../../shared/schemas/common';
import { commentInput, commentThread, type PlanSnapshot, resolveInput } from '../../shared/schemas/plan';
import { addPlanComment } from '../commands/plans/comment';
import { resolveThread } from '../commands/plans/resolve-thread';
import type { Db, Tx } from '../db/client';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, loadPlanContent } from '../plans/load';
import { authorizePlan } from '../policies/plan';
import { namedPeople, presentThreads } from '../presenters/plan-comment';
import { commentsOf, loadThread, personNames } from '../queries/plan-comments';
import type { PlanRow } from '../queries/plans';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Plan comments'];
const router = createRouter();

/** Threads labelled against the plan as it stands now, so numbers follow reorders and deletions show. */
async function threadsOf(tx: Tx | Db, plan: PlanRow, threadId?: string, known?: PlanSnapshot) {
  const rows = await commentsOf(tx, plan.id, threadId);
  const content = known ?? (await loadPlanContent(tx, plan));
  const names = await personNames(tx, namedPeople(rows));
  return presentThreads(rows, names, content);
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/comments',
    tags,
    security,
    summary: 'Coaching comment threads on a plan: open threads first, then resolved ones',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(commentThread) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const { plan, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      return threadsOf(tx, plan);
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/comments',
    tags,
    security,
    summary: 'Start a comment thread on a part of the plan, or reply to one',
    description:
      'The anchor must be part of this plan (`plan`, `direction` and `needs` take no anchor id); a reply names its thread and keeps the thread’s anchor. Each mentioned person must be able to read the plan and is told in-app and by email; earlier participants of the thread are told in-app.',
    request: { params: idParam, ...body(commentInput) },
    responses: { 201: json(commentThread, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const thread = await runCommand(c, async (ctx) => {
      const { plan, organization, ref } = await loadPlan(ctx.tx, id);
      authorizePlan(actor, 'comment', ref);
      const content = await loadPlanContent(ctx.tx, plan, organization);
      const { threadId } = await addPlanComment(ctx, { ...input, plan, organization, content });
      const [result] = await threadsOf(ctx.tx, plan, threadId, content);
      return result;
    });
    return c.json(thread, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/comments/{threadId}/resolve',
    tags,
    security,
    summary: 'Resolve a comment thread, or open it again',
    request: { params: idParam.extend({ threadId: id }), ...body(resolveInput) },
    responses: { 200: json(commentThread), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id: planId, threadId } = c.req.valid('param');
    const { resolved } = c.req.valid('json');
    const thread = await runCommand(c, async (ctx) => {
      const { plan, ref } = await loadPlan(ctx.tx, planId);
      authorizePlan(actor, 'resolveComment', ref);
      const root = await loadThread(ctx.tx, plan.id, threadId);
      await resolveThread(ctx, { thread: root, organizationId: plan.organizationId, resolved });
      const [result] = await threadsOf(ctx.tx, plan, threadId);
      return result;
    });
    return c.json(thread, 200);
  },
);

export default router;
