import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { planDocument, planExportFileName } from '../exports/plan-document';
import { renderPlanDocx } from '../exports/plan-docx';
import { renderPlanPdf } from '../exports/plan-pdf';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadPlan, planTreeFor } from '../plans/load';
import { authorizePlan } from '../policies/plan';
import { errors, security } from './spec';

const tags = ['Plans'];
const router = createRouter();

const formats = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderPlanDocx,
  },
  pdf: { type: 'application/pdf', render: renderPlanPdf },
} as const;

const exportQuery = z.object({
  format: z.enum(['docx', 'pdf'], 'Choose docx or pdf.').describe('docx for Word, pdf for printing.'),
});
const file = (description: string) => ({
  content: Object.fromEntries(
    Object.values(formats).map((f) => [f.type, { schema: z.string().openapi({ format: 'binary' }) }]),
  ),
  description,
});

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/plans/{id}/export',
    tags,
    security,
    summary: 'The plan as a Word document or a PDF in the school improvement planning template’s layout',
    description:
      'At a glance, strategic direction with goals and measures, the priority summary, signatures, the needs assessment with root causes, and each priority’s strategies, milestones and actions.',
    request: { params: idParam, query: exportQuery },
    responses: { 200: file('The plan as a .docx or .pdf file'), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const plan = await runRead(c, async (tx) => {
      const { ref } = await loadPlan(tx, id);
      authorizePlan(actor, 'export', ref);
      return planTreeFor(tx, id, actor);
    });
    const { type, render } = formats[format];
    const bytes = await render(planDocument(plan));
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${planExportFileName(plan, format)}"`,
    });
  },
);

export default router;
