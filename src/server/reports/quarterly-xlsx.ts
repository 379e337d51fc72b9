import ExcelJS from 'exceljs';
import { parseQuarter } from '../../shared/monitoring/calendar';
import { quartersSoFar, semestersSoFar } from '../../shared/monitoring/year-so-far';
import { yearLabel } from '../../shared/plans/period';
import type { QuarterlyReport } from '../../shared/schemas/quarterly-report';
import { formatDate } from '../exports/document-blocks';
import { measureName, performanceRows } from './quarterly-document';
import {
  causeLine,
  quarterHead,
  quarterTitle,
  semesterHead,
  standingLabels,
  supportStatusLabels,
} from './quarterly-labels';

const bold = { bold: true } as const;
const wrap = { wrapText: true, vertical: 'top' } as const;

type Column = { header: string; width: number; wrap?: boolean };

/** A sheet with a frozen, shaded header row; numbers stay numbers so the figures can be worked with. */
function table(book: ExcelJS.Workbook, name: string, columns: Column[], rows: unknown[][]) {
  const sheet = book.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const head = sheet.addRow(columns.map((c) => c.header));
  head.font = bold;
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row.map((v) => (v === null || v === undefined ? '' : v)));
  columns.forEach((c, i) => {
    if (c.wrap) sheet.getColumn(i + 1).alignment = wrap;
  });
  return sheet;
}

const joined = (items: (string | null | undefined)[]) => items.filter(Boolean).join('\n');

/** The quarterly report as a workbook: the summary and narrative, then one sheet per table of the report. */
export async function renderQuarterlyXlsx(
  report: QuarterlyReport,
  generatedAt = new Date(),
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Throughline';
  book.created = generatedAt;
  const { totals } = report.implementation;
  const { year } = parseQuarter(report.period);

  const summary = book.addWorksheet('Summary');
  summary.columns = [{ width: 24 }, { width: 100 }];
  for (const [name, value] of [
    ['Organization', report.organization.name],
    ['Plan', report.plan?.title ?? 'No plan in effect'],
    ['Quarter', quarterTitle(report.period)],
    ['Dates', `${formatDate(report.startDate)} – ${formatDate(report.endDate)}`],
    ['Monthly reports', `${totals.reportsIn} of ${totals.reportsDue} received so far`],
    ['Narrative', report.narrative.text],
    ['Narrative updated', joined([formatDate(report.narrative.updatedAt), report.narrative.updatedBy?.name])],
    ['Exported', formatDate(generatedAt.toISOString())],
  ] as const) {
    summary.addRow([name, value]).getCell(1).font = bold;
  }
  summary.getColumn(2).alignment = wrap;

  const quarters = quartersSoFar(report);
  table(
    book,
    'Totals',
    [
      { header: 'Quarter', width: 14 },
      { header: 'Actions in scope', width: 16 },
      { header: 'Actions completed (%)', width: 20 },
      { header: 'Actions on time (%)', width: 18 },
      { header: 'Actions behind (%)', width: 18 },
      { header: 'Budget planned', width: 16 },
      { header: 'Budget used', width: 14 },
      { header: 'Reports due', width: 12 },
      { header: 'Reports received', width: 16 },
    ],
    quarters.map((q) => [
      quarterHead(q.period),
      q.totals.actions,
      q.totals.actionsCompletedPct,
      q.totals.actionsOnTimePct,
      q.totals.actionsBehindPct,
      q.totals.budgetPlanned,
      q.totals.budgetUsed,
      q.totals.reportsDue,
      q.totals.reportsIn,
    ]),
  );

  table(
    book,
    'Strategies',
    [
      { header: 'Strategy', width: 10 },
      { header: 'Title', width: 40, wrap: true },
      { header: 'Four Domains', width: 14 },
      { header: 'Semester', width: 14 },
      { header: 'Milestones', width: 11 },
      { header: 'Milestones completed (%)', width: 22 },
      { header: 'Milestones behind schedule', width: 40, wrap: true },
      { header: 'Cause & adjustments made', width: 60, wrap: true },
    ],
    semestersSoFar(report).flatMap((figures) =>
      figures.strategies.map(({ strategy, semester }) => [
        strategy.number,
        strategy.title,
        strategy.practiceCodes.join(', '),
        semesterHead(semester.semester),
        semester.milestones,
        semester.milestonesCompletedPct,
        joined(semester.milestonesBehind.map((m) => `${m.number} ${m.title}`)),
        joined(semester.causesAndAdjustments.map(causeLine)),
      ]),
    ),
  );

  table(
    book,
    'Milestones',
    [
      { header: 'Strategy', width: 10 },
      { header: 'Milestone', width: 11 },
      { header: 'Title', width: 36, wrap: true },
      { header: 'Due', width: 14 },
      { header: 'Quarter', width: 12 },
      { header: 'Actions in scope', width: 15 },
      { header: 'Actions completed (%)', width: 20 },
      { header: 'Actions on time (%)', width: 18 },
      { header: 'Actions behind (%)', width: 18 },
      { header: 'Outputs completed', width: 40, wrap: true },
      { header: 'Cause & adjustments made', width: 50, wrap: true },
      { header: 'Budget planned', width: 15 },
      { header: 'Budget used', width: 13 },
      { header: 'Resources used', width: 30, wrap: true },
      { header: 'Additional information/comments', width: 40, wrap: true },
    ],
    quarters.flatMap((q) =>
      q.strategies.flatMap(({ strategy, milestones }) =>
        milestones.map((m) => [
          strategy.number,
          m.milestone.number,
          m.milestone.title,
          formatDate(m.milestone.dueDate),
          quarterHead(q.period),
          m.actions,
          m.actionsCompletedPct,
          m.actionsOnTimePct,
          m.actionsBehindPct,
          joined(m.outputsCompleted.map((o) => `${o.number}: ${o.outputs}`)),
          joined(m.causesAndAdjustments.map(causeLine)),
          m.budgetPlanned,
          m.budgetUsed,
          joined(m.resourcesUsed),
          joined(m.comments),
        ]),
      ),
    ),
  );

  table(
    book,
    'Performance',
    [
      { header: 'Indicator', width: 44, wrap: true },
      { header: 'Breakdown', width: 16 },
      { header: 'School year', width: 12 },
      { header: 'Target', width: 22 },
      { header: 'Actual', width: 10 },
      { header: 'Unit', width: 8 },
      { header: 'Standing', width: 12 },
      { header: 'Explanation', width: 60, wrap: true },
    ],
    performanceRows(report).map(({ measure, row, entry, review }) => [
      measureName(measure),
      row.label,
      yearLabel(year),
      entry?.targetText ?? entry?.target,
      entry?.actual,
      measure.unit,
      entry ? standingLabels[entry.standing] : '',
      review?.explanation,
    ]),
  );

  table(
    book,
    'Supports',
    [
      { header: 'Need', width: 40, wrap: true },
      { header: 'Strategy', width: 10 },
      { header: 'Milestone', width: 11 },
      { header: 'Practice', width: 9 },
      { header: 'Status', width: 11 },
      { header: 'Provided by', width: 24 },
      { header: 'What was provided', width: 40, wrap: true },
      { header: 'Start', width: 14 },
      { header: 'End', width: 14 },
      { header: 'How it was used', width: 40, wrap: true },
      { header: 'Effectiveness (1–5)', width: 18 },
      { header: 'Why that rating', width: 40, wrap: true },
    ],
    report.supports.map((s) => [
      s.need,
      s.strategy?.number,
      s.milestone?.number,
      s.practiceCode,
      supportStatusLabels[s.status],
      s.providerOrganization?.name ?? s.providerVendor ?? s.respondent?.name,
      s.description,
      formatDate(s.startDate),
      formatDate(s.endDate),
      s.howUsed,
      s.effectivenessRating,
      s.effectivenessExplanation,
    ]),
  );

  table(
    book,
    'Adjustments',
    [
      { header: 'Decided on', width: 14 },
      { header: 'Decided by', width: 24 },
      { header: 'Adjustment', width: 44, wrap: true },
      { header: 'Strategy', width: 10 },
      { header: 'Milestone', width: 11 },
      { header: 'Cause', width: 40, wrap: true },
      { header: 'Evidence', width: 40, wrap: true },
    ],
    report.adjustments.map((a) => [
      formatDate(a.decidedOn),
      a.decidedBy,
      a.summary,
      a.strategy?.number,
      a.milestone?.number,
      a.cause,
      a.evidence,
    ]),
  );

  return Buffer.from(await book.xlsx.writeBuffer());
}
