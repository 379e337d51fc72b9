import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { id, idParam } from '../../shared/schemas/common';
import { planTree, requestSignaturesInput, signInput } from '../../shared/schemas/plan';
import { requestSignatures } from '../commands/plans/request-signatures';
import { assertOwnPendingSignature, loadSignature, signPlan } from '../commands/plans/sign';
import { withdrawSignature } from '../commands/plans/withdraw-signature';
import { requireActor, runCommand } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, planTreeFor } from '../plans/load';
import { authorizePlan } from '../policies/plan';
import { body, json, security, writeErrors } from './spec';

const tags = ['Plan signatures'];
const router = createRouter();

const signatureParam = z.object({ id, signatureId: id });

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/signatures',
    tags,
    security,
    summary: 'Ask people to sign the plan',
    description:
      'Each signatory must be able to read the plan and not be asked already (409). The plan then awaits signatures — also when it was signed, since a new signatory reopens signing — its content is kept as a version, and each signatory is notified in-app and by email.',
    request: { params: idParam, ...body(requestSignaturesInput) },
    responses: { 201: json(planTree, 'Created'), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { plan, organization, ref } = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'requestSignatures', ref);
      await requestSignatures(ctx, { ...input, plan, organization });
      return planTreeFor(ctx.tx, plan.id, actor);
    });
    return c.json(result, 201);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/plans/{id}/signatures/{signatureId}/sign',
    tags,
    security,
    summary: 'Sign the plan as yourself',
    description:
      'Only the person asked can sign (403 otherwise; 409 when already signed). The name comes from their account; the position is as given. When nobody is left to sign, the plan is signed and kept as a version.',
    request: { params: signatureParam, ...body(signInput) },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, signatureId } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { plan, organization, ref } = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'read', ref);
      const signature = await loadSignature(ctx, plan.id, signatureId);
      await assertOwnPendingSignature(ctx, signature);
      authorizePlan(actor, 'sign', ref);
      await signPlan(ctx, { plan, organization, signature, position: input.position });
      return planTreeFor(ctx.tx, plan.id, actor);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'delete',
    path: '/api/plans/{id}/signatures/{signatureId}',
    tags,
    security,
    summary: 'Withdraw a signature request nobody has answered yet',
    description: 'A signature already given stays (409).',
    request: { params: signatureParam },
    responses: { 200: json(planTree), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id, signatureId } = c.req.valid('param');
    const result = await runCommand(c, async (ctx) => {
      const { plan, organization, ref } = await loadPlan(ctx.tx, id, { lock: true });
      authorizePlan(actor, 'requestSignatures', ref);
      const signature = await loadSignature(ctx, plan.id, signatureId);
      await withdrawSignature(ctx, { plan, organization, signature });
      return planTreeFor(ctx.tx, plan.id, actor);
    });
    return c.json(result, 200);
  },
);

export default router;
