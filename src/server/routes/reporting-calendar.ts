import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { reportingCalendar, setCalendarInput } from '../../shared/schemas/monitoring';
import type { Actor } from '../auth/actor';
import { clearCalendar } from '../commands/monitoring/clear-calendar';
import { setCalendar } from '../commands/monitoring/set-calendar';
import type { Db, Tx } from '../db/client';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { calendarFor } from '../monitoring/calendars';
import { authorizeOrganization, canOrganization } from '../policies/organization';
import { presentCalendar } from '../presenters/monitoring';
import { loadOrganization, type OrganizationRow } from '../queries/organizations';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Reporting calendar'];
const router = createRouter();
const path = '/api/organizations/{id}/reporting-calendar';

async function present(tx: Tx | Db, actor: Actor, organization: OrganizationRow) {
  const calendar = await calendarFor(tx, organization);
  return presentCalendar(organization.id, calendar, { edit: canOrganization(actor, 'update', organization) });
}

router.openapi(
  createRoute({
    method: 'get',
    path,
    tags,
    security,
    summary: 'The reporting calendar an organization follows: its own, inherited from above, or the default',
    request: { params: idParam },
    responses: { 200: json(reportingCalendar), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return present(tx, actor, organization);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path,
    tags,
    security,
    summary: 'Set the organization’s own reporting calendar; the organizations below inherit it',
    description:
      'Quarters and semesters must start with the school year and follow its order (400 naming the field). ' +
      'Send the version you read to change an existing calendar (409 when stale).',
    request: { params: idParam, ...body(setCalendarInput) },
    responses: { 200: json(reportingCalendar), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const calendar = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'update', organization);
      await setCalendar(ctx, { organization, calendar });
      return present(ctx.tx, actor, organization);
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'delete',
    path,
    tags,
    security,
    summary: 'Drop the organization’s own calendar and inherit from above again',
    request: { params: idParam, query: z.object({ version: z.coerce.number().int().positive() }) },
    responses: { 200: json(reportingCalendar), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('query');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'update', organization);
      await clearCalendar(ctx, { organization, version });
      return present(ctx.tx, actor, organization);
    });
    return c.json(result, 200);
  },
);

export default router;
