import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { availabilitySetting, setAvailabilityInput } from '../../shared/schemas/framework';
import { setFrameworkAvailability } from '../commands/frameworks/set-availability';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { availabilityChain } from '../queries/frameworks';
import { loadOrganization } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Frameworks'];
const router = createRouter();
const availabilityList = z.object({ items: z.array(availabilitySetting) });

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/framework-availability',
    tags,
    security,
    summary:
      'Frameworks made available or required here: this organization’s own settings and those above it',
    request: { params: idParam },
    responses: { 200: json(availabilityList), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return availabilityChain(tx, organization);
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/organizations/{id}/framework-availability',
    tags,
    security,
    summary: 'Replace the frameworks this organization makes available or requires for those below it',
    request: { params: idParam, ...body(setAvailabilityInput) },
    responses: { 200: json(availabilityList), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const items = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'manageFrameworks', organization);
      await setFrameworkAvailability(ctx, { ...input, organization });
      return availabilityChain(ctx.tx, organization);
    });
    return c.json({ items }, 200);
  },
);

export default router;
