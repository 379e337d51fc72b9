import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { progressOf } from '../../shared/assessments/sections';
import {
  consensusEntry,
  consensusInput,
  itemParam,
  rateItemInput,
  reflectionsInput,
  savedRating,
  sectionParam,
  teamRatings,
} from '../../shared/schemas/assessment';
import { idParam } from '../../shared/schemas/common';
import { authorizedAssessment } from '../assessments/access';
import { reflectionsBySection } from '../assessments/results';
import { rateItem } from '../commands/assessments/rate';
import { saveReflections } from '../commands/assessments/save-reflections';
import { setConsensus } from '../commands/assessments/set-consensus';
import { submitRatings } from '../commands/assessments/submit';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { ratingsOf, reflectionsOf } from '../queries/assessments';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Assessments'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/assessments/{id}/ratings/{itemKey}',
    tags,
    security,
    summary: 'Save your own rating of one item (as you go)',
    description:
      'Only a listed rater, for their own rating, while the assessment is open and they have not submitted.',
    request: { params: itemParam, ...body(rateItemInput) },
    responses: { 200: json(savedRating), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, itemKey } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { assessment, coverage } = await authorizedAssessment(ctx.tx, actor, id, 'rate');
      const { row, ratedKeys } = await rateItem(ctx, {
        ...input,
        assessment,
        coverage,
        itemKey,
        raterId: actor.personId,
      });
      return {
        itemKey: row.itemKey,
        levelKey: row.levelKey,
        evidence: row.evidence,
        notes: row.notes,
        progress: progressOf(coverage.itemKeys, ratedKeys),
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/assessments/{id}/submit',
    tags,
    security,
    summary: 'Submit your ratings once every item has a level',
    description: 'A 400 lists each unrated item key as an issue path (and in `unratedItemKeys`).',
    request: { params: idParam },
    responses: { 204: { description: 'Submitted' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await runCommand(c, async (ctx) => {
      const { assessment, coverage } = await authorizedAssessment(ctx.tx, actor, id, 'submit');
      await submitRatings(ctx, { assessment, coverage, raterId: actor.personId });
    });
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/ratings',
    tags,
    security,
    summary: 'Every rater’s ratings, evidence and notes (team and single mode)',
    description:
      'A rater sees them only after submitting their own; readers who are not raters see them at any time. Anonymous assessments answer 403 to everyone: only aggregates exist there.',
    request: { params: idParam },
    responses: { 200: json(teamRatings), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { assessment, coverage } = await authorizedAssessment(tx, actor, id, 'seeTeamRatings');
      const rows = await ratingsOf(tx, id);
      const names = new Map(assessment.raters.map((r, i) => [r.personId, { name: r.name, order: i }]));
      return {
        items: coverage.itemKeys.map((itemKey) => ({
          itemKey,
          ratings: rows
            .filter((r) => r.itemKey === itemKey && names.has(r.raterId))
            .sort((a, b) => names.get(a.raterId)!.order - names.get(b.raterId)!.order)
            .map((r) => ({
              rater: { id: r.raterId, name: names.get(r.raterId)!.name },
              levelKey: r.levelKey,
              evidence: r.evidence,
              notes: r.notes,
            })),
        })),
      };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/assessments/{id}/consensus/{itemKey}',
    tags,
    security,
    summary: 'Record the team’s consensus level for one item (facilitator)',
    request: { params: itemParam, ...body(consensusInput) },
    responses: { 200: json(consensusEntry.extend({ itemKey: z.string() })), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, itemKey } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { assessment, coverage } = await authorizedAssessment(ctx.tx, actor, id, 'facilitate');
      const row = await setConsensus(ctx, { ...input, assessment, coverage, itemKey });
      return { itemKey: row.itemKey, levelKey: row.levelKey, rationale: row.rationale };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/assessments/{id}/reflections/{sectionKey}',
    tags,
    security,
    summary: 'Answer a section’s reflection prompts (facilitator or planning team)',
    request: { params: sectionParam, ...body(reflectionsInput) },
    responses: {
      200: json(
        z.object({
          sectionKey: z.string(),
          reflections: z.array(z.object({ prompt: z.string(), response: z.string() })),
        }),
      ),
      ...writeErrors,
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, sectionKey } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { assessment, coverage } = await authorizedAssessment(ctx.tx, actor, id, 'reflect');
      const section = await saveReflections(ctx, { ...input, assessment, coverage, sectionKey });
      const rows = await reflectionsOf(ctx.tx, id);
      return {
        sectionKey,
        reflections: reflectionsBySection([{ ...section, sections: [] }], rows)[sectionKey],
      };
    });
    return c.json(result, 200);
  },
);

export default router;
