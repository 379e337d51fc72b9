import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { outboxEmail } from '../../shared/schemas/outbox';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentOutboxEmail } from '../presenters/outbox-email';
import { loadOrganization } from '../queries/organizations';
import { listOutbox } from '../queries/outbox';
import { errors, json, security } from './spec';

const tags = ['People'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/outbox',
    tags,
    security,
    summary: 'Emails sent for an organization, newest first (invitation links when no SMTP server is set up)',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(outboxEmail) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'readOutbox', organization);
      return (await listOutbox(tx, organization.id)).map(presentOutboxEmail);
    });
    return c.json({ items }, 200);
  },
);

export default router;
