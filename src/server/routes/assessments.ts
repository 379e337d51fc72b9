import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  assessmentDetail,
  assessmentSummary,
  closeAssessmentInput,
  createAssessmentInput,
  reopenAssessmentInput,
} from '../../shared/schemas/assessment';
import { idParam } from '../../shared/schemas/common';
import { authorizedAssessment } from '../assessments/access';
import { assessmentDetailFor } from '../assessments/present';
import { closeAssessment } from '../commands/assessments/close';
import { reopenAssessment } from '../commands/assessments/reopen';
import { startAssessment } from '../commands/assessments/start';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentAssessmentSummary } from '../presenters/assessment';
import { listAssessments } from '../queries/assessments';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Assessments'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/assessments',
    tags,
    security,
    summary: 'An organization’s self-assessments, newest first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(assessmentSummary) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return (await listAssessments(tx, organization)).map(presentAssessmentSummary);
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/assessments',
    tags,
    security,
    summary: 'Start a self-assessment on one framework version',
    description:
      'The facilitator and every rater must hold a role at the organization. A single-rater assessment has exactly one rater; an anonymous one at least three.',
    request: { params: idParam, ...body(createAssessmentInput) },
    responses: { 201: json(assessmentDetail, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      const row = await startAssessment(ctx, { ...input, organization });
      return assessmentDetailFor(ctx.tx, row.id, actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}',
    tags,
    security,
    summary:
      'One assessment: what it covers, your own ratings, the consensus, reflections and your abilities',
    request: { params: idParam },
    responses: { 200: json(assessmentDetail), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      await authorizedAssessment(tx, actor, id, 'read');
      return assessmentDetailFor(tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/assessments/{id}/close',
    tags,
    security,
    summary: 'Close an assessment, locking ratings, consensus and reflections',
    request: { params: idParam, ...body(closeAssessmentInput) },
    responses: { 200: json(assessmentDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { assessment } = await authorizedAssessment(ctx.tx, actor, id, 'close');
      await closeAssessment(ctx, { assessment, version: input.version });
      return assessmentDetailFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/assessments/{id}/reopen',
    tags,
    security,
    summary: 'Reopen a closed assessment; the reason is kept in the audit trail',
    request: { params: idParam, ...body(reopenAssessmentInput) },
    responses: { 200: json(assessmentDetail), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { assessment } = await authorizedAssessment(ctx.tx, actor, id, 'reopen');
      await reopenAssessment(ctx, { assessment, ...input });
      return assessmentDetailFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

export default router;
