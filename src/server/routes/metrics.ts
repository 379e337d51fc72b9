import { createRoute } from '@hono/zod-openapi';
import { idParam } from '../../shared/schemas/common';
import {
  createMetricInput,
  metric,
  metricList,
  metricListQuery,
  metricUpdate,
} from '../../shared/schemas/performance';
import { createMetric } from '../commands/performance/create-metric';
import { updateMetric } from '../commands/performance/update-metric';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { listMetrics, loadMetric, metricRef } from '../performance/metrics';
import { authorizeMetric } from '../policies/metric';
import { authorizeOrganization } from '../policies/organization';
import { presentMetric } from '../presenters/performance';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Performance data'];
const router = createRouter();

const managers =
  'Metrics are managed by the administrators and leaders of the organization that defines them, and by administrators above it.';

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/metrics',
    tags,
    security,
    summary:
      'The metric catalogue an organization reports against: its own metrics and those defined above it',
    request: { params: idParam, query: metricListQuery },
    responses: { 200: json(metricList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { archived } = c.req.valid('query');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      const rows = await listMetrics(tx, organization, { archived });
      return rows.map((row) => presentMetric(row, actor));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/metrics',
    tags,
    security,
    summary: 'Define a metric for an organization and every organization below it',
    description: `${managers} The code must be unused at, above and below the organization (409 naming \`code\`).`,
    request: { params: idParam, ...body(createMetricInput) },
    responses: { 201: json(metric, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'update', organization);
      return presentMetric(await createMetric(ctx, { ...input, organization }), actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/metrics/{id}',
    tags,
    security,
    summary: 'Change a metric’s definition, or archive or restore it',
    description: `${managers} Send the version you started from (409 when it moved on).`,
    request: { params: idParam, ...body(metricUpdate) },
    responses: { 200: json(metric), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const current = await loadMetric(ctx.tx, id);
      authorizeMetric(actor, 'edit', metricRef(current));
      return presentMetric(await updateMetric(ctx, { ...input, metric: current }), actor);
    });
    return c.json(result, 200);
  },
);

export default router;
