import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  assessmentComparison,
  assessmentResults,
  carryInput,
  comparableAssessments,
  comparisonQuery,
  priorityCandidate,
} from '../../shared/schemas/assessment';
import { idParam } from '../../shared/schemas/common';
import { authorizedAssessment, outcomesFor } from '../assessments/access';
import { buildComparison, settledLevels } from '../assessments/comparison';
import { coverageOf } from '../assessments/outcomes';
import { buildResults } from '../assessments/results';
import { carryToNeeds } from '../commands/assessments/carry';
import { fieldError } from '../http/errors';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentPriorityCandidate } from '../presenters/assessment';
import {
  consensusOf,
  earlierAssessments,
  loadAssessment,
  priorityCandidatesByIds,
  priorityCandidatesOf,
  ratingsOf,
  reflectionsOf,
} from '../queries/assessments';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Assessments'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/results',
    tags,
    security,
    summary: 'Results: consensus and distribution per item, averages, strengths and challenges per section',
    description:
      'Never individual ratings. Disagreement means an item’s ratings lie two or more levels apart. Strengths are items settled (consensus, else median) in the top level(s) of the scale; challenges in the bottom level(s).',
    request: { params: idParam },
    responses: { 200: json(assessmentResults), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { assessment, coverage } = await authorizedAssessment(tx, actor, id, 'read');
      const outcomes = await outcomesFor(tx, assessment, actor);
      const reflections = await reflectionsOf(tx, id);
      return buildResults(coverage, outcomes, reflections);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/comparable',
    tags,
    security,
    summary: 'Earlier assessments of the same organization on the same framework, newest first',
    request: { params: idParam },
    responses: { 200: json(comparableAssessments), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const { assessment } = await authorizedAssessment(tx, actor, id, 'read');
      return (await earlierAssessments(tx, assessment)).map(({ row, framework }) => ({
        id: row.id,
        title: row.title,
        period: row.period,
        status: row.status,
        closedAt: row.closedAt?.toISOString() ?? null,
        framework: { id: framework.id, version: framework.version },
      }));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/comparison',
    tags,
    security,
    summary: 'Item by item, improved, same or declined since an earlier assessment on the same framework',
    request: { params: idParam, query: comparisonQuery },
    responses: { 200: json(assessmentComparison), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { assessment, coverage } = await authorizedAssessment(tx, actor, id, 'read');
      const earlier = await earlierAssessments(tx, assessment);
      if (!earlier.some((e) => e.row.id === query.with)) {
        throw fieldError(
          'with',
          'Compare with an earlier assessment of this organization on the same framework.',
        );
      }
      const base = await loadAssessment(tx, query.with);
      const comparison = buildComparison(
        {
          coverage: coverageOf(base.framework.definition, base.row.sectionKeys ?? null),
          outcomes: await outcomesFor(tx, base, actor),
        },
        { coverage, outcomes: await outcomesFor(tx, assessment, actor) },
      );
      return {
        base: {
          id: base.row.id,
          title: base.row.title,
          period: base.row.period,
          closedAt: base.row.closedAt?.toISOString() ?? null,
        },
        ...comparison,
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/assessments/{id}/priority-candidates',
    tags,
    security,
    summary: 'Carry chosen items to the needs assessment as candidate priority areas',
    request: { params: idParam, ...body(carryInput) },
    responses: { 201: json(z.object({ items: z.array(priorityCandidate) }), 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const items = await runCommand(c, async (ctx) => {
      const { assessment, coverage } = await authorizedAssessment(ctx.tx, actor, id, 'carry');
      // The level carried is the consensus, or the median rating once the assessment is closed, whoever asks.
      const closed = assessment.row.status === 'closed';
      const ratings = await (closed ? ratingsOf(ctx.tx, id) : []);
      const consensus = await consensusOf(ctx.tx, id);
      const levels = settledLevels(coverage, { ratings, consensus, ratingsVisible: closed });
      const rows = await carryToNeeds(ctx, { ...input, assessment, coverage, levels });
      const saved = await priorityCandidatesByIds(
        ctx.tx,
        rows.map((r) => r.id),
      );
      return saved.map(presentPriorityCandidate);
    });
    return c.json({ items }, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/priority-candidates',
    tags,
    security,
    summary: 'Items carried from assessments as candidate priority areas, newest first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(priorityCandidate) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      const rows = await priorityCandidatesOf(tx, organization.id);
      return rows.map(presentPriorityCandidate);
    });
    return c.json({ items }, 200);
  },
);

export default router;
