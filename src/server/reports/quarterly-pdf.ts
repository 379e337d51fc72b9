import type { QuarterlyReport } from '../../shared/schemas/quarterly-report';
import { type PdfOptions, renderPlanPdf } from '../exports/plan-pdf';
import { quarterlyDocument } from './quarterly-document';

/** The quarterly report as a PDF, through the same block renderer as the plan so the two print alike. */
export function renderQuarterlyPdf(report: QuarterlyReport, options: PdfOptions = {}): Promise<Buffer> {
  return renderPlanPdf(quarterlyDocument(report), options);
}
