import { createRoute } from '@hono/zod-openapi';
import { auditListQuery, auditPage } from '../../shared/schemas/audit';
import { idParam } from '../../shared/schemas/common';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentAuditEvent } from '../presenters/audit';
import { listAuditEvents } from '../queries/audit';
import { loadOrganization } from '../queries/organizations';
import { errors, json, security } from './spec';

const tags = ['Audit'];
const router = createRouter();

// Read-only on purpose: audit events are never edited or deleted, and the database refuses it too.
router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/audit',
    tags,
    security,
    summary: 'The audit trail of an organization, newest first',
    description:
      'Pass `nextCursor` from one page as `before` to get the next. Dates are UTC days; `to` is inclusive.',
    request: { params: idParam, query: auditListQuery },
    responses: { 200: json(auditPage), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'readAudit', organization);
      const page = await listAuditEvents(tx, organization, query);
      return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
    });
    return c.json(result, 200);
  },
);

export default router;
