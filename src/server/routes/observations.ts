import { createRoute } from '@hono/zod-openapi';
import { idParam } from '../../shared/schemas/common';
import { observationBatchInput, observationList, observationQuery } from '../../shared/schemas/performance';
import { recordObservations } from '../commands/performance/record-observations';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { listObservations } from '../performance/observations';
import { authorizeOrganization } from '../policies/organization';
import { presentObservation } from '../presenters/performance';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Performance data'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/observations',
    tags,
    security,
    summary: 'An organization’s own values, by metric, period and breakdown',
    request: { params: idParam, query: observationQuery },
    responses: { 200: json(observationList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return (await listObservations(tx, organization.id, query)).map(presentObservation);
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/observations',
    tags,
    security,
    summary: 'Save a batch of values: all of them, or none',
    description:
      'Aggregate figures only (a grade or group, never a student). Each item names a metric the organization can see by `metricId` or `metricCode`; a value already saved for the same metric, period and breakdown is replaced. Written by the organization’s leaders and team members, or a write-scope API token (recorded with source `api`). Problems name the item: `items.3.value`.',
    request: { params: idParam, ...body(observationBatchInput) },
    responses: { 200: json(observationList, 'Saved'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const items = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      return (await recordObservations(ctx, { ...input, organization })).map(presentObservation);
    });
    return c.json({ items }, 200);
  },
);

export default router;
