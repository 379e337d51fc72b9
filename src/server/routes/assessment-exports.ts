import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { exportDataFor } from '../assessments/export-data';
import { exportFileName } from '../exports/assessment-export';
import { renderAssessmentPdf } from '../exports/assessment-pdf';
import { renderAssessmentXlsx } from '../exports/assessment-xlsx';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { errors, security } from './spec';

const tags = ['Assessments'];
const router = createRouter();

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (type: string, description: string) => ({
  content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
});
const described =
  'Consensus, distributions, sections, reflections and the framework’s attribution. Individual ratings only where you may see them: never in anonymous mode.';

function attachment(name: string) {
  return `attachment; filename="${name}"`;
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/export.xlsx',
    tags,
    security,
    summary: 'The assessment as an Excel workbook',
    description: described,
    request: { params: idParam },
    responses: { 200: file(xlsxType, 'An .xlsx workbook'), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const data = await runRead(c, (tx) => exportDataFor(tx, actor, id));
    const bytes = await renderAssessmentXlsx(data);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': xlsxType,
      'Content-Disposition': attachment(exportFileName(data, 'xlsx')),
    });
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/assessments/{id}/export.pdf',
    tags,
    security,
    summary: 'The assessment as a printable PDF report',
    description: described,
    request: { params: idParam },
    responses: { 200: file('application/pdf', 'A PDF report'), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const data = await runRead(c, (tx) => exportDataFor(tx, actor, id));
    const bytes = await renderAssessmentPdf(data);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachment(exportFileName(data, 'pdf')),
    });
  },
);

export default router;
