import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam, version } from '../../shared/schemas/common';
import {
  createPlanInput,
  directionInput,
  needsInput,
  planSummary,
  planTree,
  updatePlanInput,
} from '../../shared/schemas/plan';
import { archivePlan } from '../commands/plans/archive';
import { createPlan } from '../commands/plans/create';
import { setDirection } from '../commands/plans/set-direction';
import { setNeeds } from '../commands/plans/set-needs';
import { updatePlan } from '../commands/plans/update';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, planTreeFor } from '../plans/load';
import { authorizeOrganization } from '../policies/organization';
import { authorizePlan } from '../policies/plan';
import { presentPlanSummary } from '../presenters/plan';
import { loadOrganization } from '../queries/organizations';
import { listPlans, planPeople } from '../queries/plans';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Plans'];
const router = createRouter();

const planPerson = z.object({
  id: z.string(),
  name: z.string(),
  organizationName: z.string(),
  atPlanOrganization: z
    .boolean()
    .describe(
      'Holds a role at the plan’s own organization: only they may be named responsible for an action.',
    ),
});

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/plans',
    tags,
    security,
    summary: 'An organization’s live improvement plans, newest period first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(planSummary) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return (await listPlans(tx, organization.id)).map(presentPlanSummary);
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/plans',
    tags,
    security,
    summary: 'Start an improvement plan for a period of school years',
    description: 'One live plan per organization and start year: 409 when the period is taken.',
    request: { params: idParam, ...body(createPlanInput) },
    responses: { 201: json(planTree, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      const plan = await createPlan(ctx, { ...input, organization });
      return planTreeFor(ctx.tx, plan.id, actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}',
    tags,
    security,
    summary: 'One plan: its whole content, numbered, with signatures, updates and your abilities',
    request: { params: idParam },
    responses: { 200: json(planTree), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const { ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      return planTreeFor(tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'patch',
    path: '/api/plans/{id}',
    tags,
    security,
    summary: 'Rename a plan or change its period',
    description: 'Targets for school years outside the new period are dropped.',
    request: { params: idParam, ...body(updatePlanInput) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'edit', loaded.ref);
      await updatePlan(ctx, { loaded, changes });
      return planTreeFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/archive',
    tags,
    security,
    summary: 'Archive a plan: it stays readable, no longer changes, and frees its period',
    request: { params: idParam, ...body(z.object({ version })) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'archive', loaded.ref);
      await archivePlan(ctx, { loaded, version: input.version });
      return planTreeFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/plans/{id}/direction',
    tags,
    security,
    summary: 'Set the direction: vision, mission, purpose, glossary and leadership team',
    description: '`version` is the direction’s own version (`direction.version`).',
    request: { params: idParam, ...body(directionInput) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const direction = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'edit', loaded.ref);
      await setDirection(ctx, { loaded, direction });
      return planTreeFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/plans/{id}/needs',
    tags,
    security,
    summary: 'Set what the needs assessment examined, how it was done and how stakeholders took part',
    description: '`version` is the needs assessment’s own version (`needs.version`).',
    request: { params: idParam, ...body(needsInput) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const needs = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'edit', loaded.ref);
      await setNeeds(ctx, { loaded, needs });
      return planTreeFor(ctx.tx, id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/people',
    tags,
    security,
    summary: 'People who hold a role at the plan’s organization or above it, from the top down',
    description:
      'For choosing who is responsible for an action (only people at the plan’s organization), signatories and mentions.',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(planPerson) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const { organization, ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'read', ref);
      return planPeople(tx, organization);
    });
    return c.json({ items }, 200);
  },
);

export default router;
