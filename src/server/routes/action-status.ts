import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { reportingMonth } from '../../shared/monitoring/calendar';
import { idParam } from '../../shared/schemas/common';
import {
  monthPeriod,
  reportingGaps as reportingGapsSchema,
  statusInput,
  statusReport,
  statusSheetQuery,
  statusSheet as statusSheetSchema,
} from '../../shared/schemas/monitoring';
import { reportStatus } from '../commands/monitoring/report-status';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { actionStatusRef, loadActionContext } from '../monitoring/action-context';
import { today } from '../monitoring/calendars';
import { reportingGaps } from '../monitoring/gaps';
import { historyOf, named, namesOf, reporterOf } from '../monitoring/reports';
import { statusSheet } from '../monitoring/status-sheet';
import { authorizeActionStatus } from '../policies/action-status';
import { presentStatusReport } from '../presenters/monitoring';
import { readOrganizationCalendar } from './organization-calendar';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Monthly status'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/actions/{id}/status',
    tags,
    security,
    summary: 'Report an action’s status for a month, or replace that month’s report',
    description:
      'A cause and an adjustment are required when the action is at risk or behind. The month must have ' +
      'begun and fall in the plan’s school years (400 naming `period`). To replace a month already ' +
      'reported, send the version of that report: 409 otherwise, with the current report in `current`.',
    request: { params: idParam, ...body(statusInput) },
    responses: {
      200: json(statusReport, 'Replaced'),
      201: json(statusReport, 'Created'),
      ...writeErrors,
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const status = c.req.valid('json');
    const { row, created, reporter } = await runCommand(c, async (ctx) => {
      const action = await loadActionContext(ctx.tx, id);
      authorizeActionStatus(actor, 'report', actionStatusRef(action));
      const result = await reportStatus(ctx, { action, status, today: today() });
      return { ...result, reporter: await reporterOf(ctx.tx, actor, result.row) };
    });
    return c.json(presentStatusReport(row, reporter), created ? 201 : 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/actions/{id}/status',
    tags,
    security,
    summary: 'An action’s monthly reports, newest month first',
    request: { params: idParam },
    responses: { 200: json(z.object({ items: z.array(statusReport) })), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const action = await loadActionContext(tx, id);
      authorizeActionStatus(actor, 'read', actionStatusRef(action));
      const rows = await historyOf(tx, id);
      const names = await namesOf(
        tx,
        rows.map((r) => r.reportedById),
      );
      return rows.map((r) => presentStatusReport(r, named(names, r.reportedById)));
    });
    return c.json({ items }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/status-sheet',
    tags,
    security,
    summary: 'The monthly status page: actions due a report for the month, with this and the last report',
    description:
      'The month defaults to the one being reported (last month until the due day). Action owners only ' +
      'ever get the actions they are responsible for.',
    request: { params: idParam, query: statusSheetQuery },
    responses: { 200: json(statusSheetSchema), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { organization, calendar, today: date } = await readOrganizationCalendar(tx, actor, id);
      return statusSheet(tx, {
        actor,
        organization,
        calendar,
        period: query.period ?? reportingMonth(calendar, date),
        scope: query.scope,
        team: query.team,
        today: date,
      });
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/reporting-gaps',
    tags,
    security,
    summary: 'Who has not reported for a month, here and in each organization below',
    request: { params: idParam, query: z.object({ period: monthPeriod.optional() }) },
    responses: { 200: json(reportingGapsSchema), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { organization, calendar, today: date } = await readOrganizationCalendar(tx, actor, id);
      const period = query.period ?? reportingMonth(calendar, date);
      return reportingGaps(tx, { organization, calendar, period, today: date });
    });
    return c.json(result, 200);
  },
);

export default router;
