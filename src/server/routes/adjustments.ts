import { createRoute } from '@hono/zod-openapi';
import {
  adjustment,
  adjustmentList,
  adjustmentListQuery,
  createAdjustmentInput,
} from '../../shared/schemas/adjustments';
import { idParam } from '../../shared/schemas/common';
import { listAdjustments, loadAdjustmentView } from '../adjustments/queries';
import { recordAdjustment } from '../commands/adjustments/record';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { adjustmentAbilities, authorizeAdjustment } from '../policies/adjustment';
import { presentAdjustment } from '../presenters/adjustment';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Adjustments'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/adjustments',
    tags,
    security,
    summary: 'The adjustment log: changes of course with their cause, evidence and decider, newest first',
    description:
      'The organization’s own adjustments; with `below=true` also those of every organization below it. Recorded plan updates after signing appear here with their version number.',
    request: { params: idParam, query: adjustmentListQuery },
    responses: { 200: json(adjustmentList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeAdjustment(actor, 'read', organization);
      const rows = await listAdjustments(tx, organization.id, query);
      return { items: rows.map(presentAdjustment), abilities: adjustmentAbilities(actor, organization) };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/adjustments',
    tags,
    security,
    summary: 'Record an adjustment that changes no plan content, such as a milestone’s timeline moved',
    description:
      'The strategy and milestone must belong to a live plan of this organization; the leaders of every organization above are notified.',
    request: { params: idParam, ...body(createAdjustmentInput) },
    responses: { 201: json(adjustment, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeAdjustment(actor, 'record', organization);
      const row = await recordAdjustment(ctx, { ...input, organization });
      return presentAdjustment(await loadAdjustmentView(ctx.tx, row.id));
    });
    return c.json(result, 201);
  },
);

export default router;
