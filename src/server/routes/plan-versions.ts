import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { diffPlans } from '../../shared/plans/diff';
import { id, idParam } from '../../shared/schemas/common';
import {
  diffQuery,
  planContent,
  planDiff,
  planTree,
  planVersionList,
  recordUpdateInput,
} from '../../shared/schemas/plan';
import { planVersionKinds } from '../../shared/schemas/plan-enums';
import { recordUpdate } from '../commands/plans/record-update';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, loadPlanContent, planTreeFor } from '../plans/load';
import {
  differsFrom,
  latestVersion,
  listVersions,
  loadVersion,
  type VersionListRow,
} from '../plans/versions';
import { authorizePlan } from '../policies/plan';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Plan checks and versions'];
const router = createRouter();

const versionParam = z.object({ id, number: z.coerce.number().int().positive() });

const versionDetail = z.object({
  number: z.number(),
  kind: z.enum(planVersionKinds),
  summary: z.string().nullable(),
  createdAt: z.string(),
  snapshot: planContent,
});

function presentVersion(row: VersionListRow) {
  return {
    number: row.number,
    kind: row.kind,
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? '' } : null,
  };
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/versions',
    tags,
    security,
    summary: 'A plan’s versions, newest first, and whether it has changed since the latest',
    request: { params: idParam },
    responses: { 200: json(planVersionList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { plan, organization, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      const [rows, content, latest] = await Promise.all([
        listVersions(tx, plan.id),
        loadPlanContent(tx, plan, organization),
        latestVersion(tx, plan.id),
      ]);
      return { items: rows.map(presentVersion), pendingChanges: differsFrom(content, latest) };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/versions',
    tags,
    security,
    summary: 'Record the plan’s pending changes as a version with a summary',
    description:
      'After signing this is an update (the template’s “Date of Update / Update Summary”) and an adjustment: `cause`, `evidence` and `decidedBy` are required (400 naming each one missing), `decidedOn` defaults to today, and the leaders of every organization above are notified. Before signing, a saved version, and those fields are ignored. 409 when nothing has changed since the latest version.',
    request: { params: idParam, ...body(recordUpdateInput) },
    responses: { 201: json(planTree, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { plan, organization, ref } = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'recordUpdate', ref);
      await recordUpdate(ctx, { ...input, plan, organization });
      return planTreeFor(ctx.tx, plan.id, actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/versions/diff',
    tags,
    security,
    summary: 'What changed between two versions, or between a version and the plan as it stands',
    request: { params: idParam, query: diffQuery },
    responses: { 200: json(planDiff), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { plan, organization, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      const before = (await loadVersion(tx, plan.id, from)).snapshot;
      const after =
        to === 'current'
          ? await loadPlanContent(tx, plan, organization)
          : (await loadVersion(tx, plan.id, to)).snapshot;
      return { from, to, changes: diffPlans(before, after) };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/versions/{number}',
    tags,
    security,
    summary: 'One version of a plan with its frozen content',
    request: { params: versionParam },
    responses: { 200: json(versionDetail), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, number } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { plan, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      const version = await loadVersion(tx, plan.id, number);
      return {
        number: version.number,
        kind: version.kind,
        summary: version.summary,
        createdAt: version.createdAt.toISOString(),
        snapshot: version.snapshot,
      };
    });
    return c.json(result, 200);
  },
);

export default router;
