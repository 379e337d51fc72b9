import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { planChecks } from '../../shared/plans/checks';
import { idParam } from '../../shared/schemas/common';
import { planCheck } from '../../shared/schemas/plan';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, loadPlanContent } from '../plans/load';
import { authorizePlan } from '../policies/plan';
import { errors, json, security } from './spec';

const tags = ['Plan checks and versions'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/checks',
    tags,
    security,
    summary: 'Quality checks of a plan: the coaching questions it does not answer yet, in document order',
    description:
      'Each check has a code, a message naming the item by its number, and a path to the place to fix it: `<tab>/<kind>/<id>` or `<tab>/<list>`.',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(planCheck) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const { plan, organization, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      return planChecks(await loadPlanContent(tx, plan, organization));
    });
    return c.json({ items }, 200);
  },
);

export default router;
