import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import {
  quarterlyExportQuery,
  quarterlyNarrativeInput,
  quarterlyReport,
  quarterlyReportQuery,
} from '../../shared/schemas/quarterly-report';
import { saveNarrative } from '../commands/reports/save-narrative';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { loadOrganization } from '../queries/organizations';
import { quarterlyReportFor } from '../reports/quarterly-data';
import { quarterlyFileName } from '../reports/quarterly-labels';
import { renderQuarterlyPdf } from '../reports/quarterly-pdf';
import { renderQuarterlyXlsx } from '../reports/quarterly-xlsx';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Quarterly reports'];
const router = createRouter();
const path = '/api/organizations/{id}/quarterly-report';

const formats = {
  pdf: { type: 'application/pdf', render: renderQuarterlyPdf },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderQuarterlyXlsx,
  },
} as const;

router.openapi(
  createRoute({
    method: 'get',
    path,
    tags,
    security,
    summary: 'A quarter’s report: implementation figures, measures, supports, adjustments and the narrative',
    description:
      'Generated from the data each time it is read; only the narrative is stored. The quarter defaults ' +
      'to the current one. `abilities.editNarrative` says whether the caller may write the narrative.',
    request: { params: idParam, query: quarterlyReportQuery },
    responses: { 200: json(quarterlyReport), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { period } = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return quarterlyReportFor(tx, organization, actor, { period });
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path: `${path}/narrative`,
    tags,
    security,
    summary: 'Write the team’s narrative for a quarter’s report',
    description:
      'Leave out `version` for the quarter’s first narrative; afterwards send the version you read ' +
      '(409 when someone saved in between). Answers with the whole report.',
    request: { params: idParam, ...body(quarterlyNarrativeInput) },
    responses: { 200: json(quarterlyReport), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const narrative = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      await saveNarrative(ctx, { organization, narrative });
      return quarterlyReportFor(ctx.tx, organization, actor, { period: narrative.period });
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: `${path}/export`,
    tags,
    security,
    summary: 'A quarter’s report as a PDF or an Excel workbook',
    request: { params: idParam, query: quarterlyExportQuery },
    responses: {
      200: {
        content: Object.fromEntries(
          Object.values(formats).map((f) => [f.type, { schema: z.string().openapi({ format: 'binary' }) }]),
        ),
        description: 'The report as a .pdf or .xlsx file',
      },
      ...errors,
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { period, format } = c.req.valid('query');
    const report = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return quarterlyReportFor(tx, organization, actor, { period });
    });
    const { type, render } = formats[format];
    const bytes = await render(report);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${quarterlyFileName(report.organization.name, report.period, format)}"`,
    });
  },
);

export default router;
