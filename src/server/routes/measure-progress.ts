import { createRoute } from '@hono/zod-openapi';
import { idParam } from '../../shared/schemas/common';
import {
  linkMetricInput,
  measureProgress,
  measureProgressList,
  measureProgressQuery,
  measureReviewInput,
} from '../../shared/schemas/performance';
import type { Actor } from '../auth/actor';
import { linkMeasureMetric } from '../commands/performance/link-metric';
import { saveMeasureReview } from '../commands/performance/save-measure-review';
import type { Tx } from '../db/client';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadMeasure } from '../performance/measures';
import { measureProgressFor } from '../performance/progress';
import { loadPlan } from '../plans/load';
import { authorizePlan, authorizePlanItem } from '../policies/plan';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Performance data'];
const router = createRouter();

const standingRules =
  'Standing per plan year: not_due before the school year starts; no_data without an actual or a target; met when the actual reaches the target in the better direction (the linked metric’s, else the target’s comparator); off_track when missed and the year is over; during the year on_track when the actual is at least where a straight line from the year’s starting level (the baseline, later the year before’s actual) to the target would be by now, else off_track. The actual of a year is its annual value, else its latest quarter, else its latest month.';

/** Loads a measure's plan (locked for writes), so the plan's rules decide. */
async function measurePlan(tx: Tx, actor: Actor, measureId: string) {
  const measure = await loadMeasure(tx, measureId);
  const loaded = await loadPlan(tx, measure.planId, { lock: true });
  authorizePlanItem(actor, 'edit', loaded.ref);
  return { measure, loaded };
}

async function progressOf(tx: Tx, actor: Actor, planId: string, measureId: string) {
  const items = await measureProgressFor(tx, planId, actor);
  return items.find((m) => m.measureId === measureId) as (typeof items)[number];
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/measures',
    tags,
    security,
    summary: 'Every goal and strategy measure of a plan: target against actual per breakdown and year',
    description: standingRules,
    request: { params: idParam, query: measureProgressQuery },
    responses: { 200: json(measureProgressList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    const items = await runRead(c, async (tx) => {
      const { ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      return measureProgressFor(tx, id, actor, { today: asOf });
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/measures/{id}/metric',
    tags,
    security,
    summary: 'Link a measure to the catalogue metric whose values are its actuals (null unlinks)',
    description:
      'The metric must be in the catalogue of the plan’s organization (its own or one defined above).',
    request: { params: idParam, ...body(linkMetricInput) },
    responses: { 200: json(measureProgress), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { metricId } = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { measure, loaded } = await measurePlan(ctx.tx, actor, id);
      await linkMeasureMetric(ctx, { loaded, measureId: measure.id, metricId });
      return progressOf(ctx.tx, actor, loaded.plan.id, measure.id);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/measures/{id}/reviews',
    tags,
    security,
    summary: 'Save a plan year’s explanation of a measure’s result and the adjustments it needs',
    description:
      'The first save for a year creates the review; later saves send its `version` (409 when it moved on).',
    request: { params: idParam, ...body(measureReviewInput) },
    responses: { 200: json(measureProgress), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { measure, loaded } = await measurePlan(ctx.tx, actor, id);
      await saveMeasureReview(ctx, { ...input, loaded, measureId: measure.id });
      return progressOf(ctx.tx, actor, loaded.plan.id, measure.id);
    });
    return c.json(result, 200);
  },
);

export default router;
