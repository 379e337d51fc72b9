import { parseQuarter } from '../../shared/monitoring/calendar';
import { quartersSoFar, semestersSoFar } from '../../shared/monitoring/year-so-far';
import { yearLabel } from '../../shared/plans/period';
import { formatValue } from '../../shared/plans/targets';
import type {
  ImplementationFigures,
  MilestoneQuarterFigures,
  StrategySemesterFigures,
} from '../../shared/schemas/monitoring';
import type { MeasureProgress } from '../../shared/schemas/performance';
import type { QuarterlyReport } from '../../shared/schemas/quarterly-report';
import {
  type Block,
  type Cell,
  cell,
  dash,
  formatDate,
  money,
  note,
  type PlanDocument,
} from '../exports/document-blocks';
import {
  causeLine,
  percent,
  quarterHead,
  quarterTitle,
  semesterHead,
  standingLabels,
  supportStatusLabels,
} from './quarterly-labels';

/**
 * The quarterly report laid out as blocks for the PDF renderer: the narrative first, then Tool A's reporting
 * tables with a column for each quarter (and semester) of the school year so far, then performance measures,
 * supports and adjustments.
 */
export function quarterlyDocument(report: QuarterlyReport): PlanDocument {
  const title = quarterTitle(report.period);
  return {
    title: `${report.organization.name} quarterly report, ${title}`,
    subject: 'Quarterly implementation and performance report',
    author: report.organization.name,
    footer: `${report.organization.name} · Quarterly report · ${title}`,
    blocks: [
      { kind: 'title', text: 'Quarterly report' },
      { kind: 'fields', rows: headerFields(report) },
      ...narrative(report),
      ...implementation(report),
      ...performance(report),
      ...supports(report),
      ...adjustments(report),
    ],
  };
}

function headerFields(report: QuarterlyReport) {
  const { totals } = report.implementation;
  return [
    { label: 'Organization', value: report.organization.name },
    { label: 'Plan', value: report.plan?.title ?? 'No plan in effect' },
    { label: 'Quarter', value: quarterTitle(report.period) },
    { label: 'Dates', value: `${formatDate(report.startDate)} – ${formatDate(report.endDate)}` },
    { label: 'Monthly reports', value: `${totals.reportsIn} of ${totals.reportsDue} received so far` },
  ];
}

function narrative(report: QuarterlyReport): Block[] {
  const { text, updatedAt, updatedBy } = report.narrative;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return [
    { kind: 'heading', level: 1, text: 'Narrative' },
    ...(paragraphs.length
      ? paragraphs.map((p): Block => ({ kind: 'paragraph', runs: [{ text: p }] }))
      : [note('The team has not written a narrative for this quarter.')]),
    ...(updatedAt
      ? [note(`Last updated ${formatDate(updatedAt)}${updatedBy ? ` by ${updatedBy.name}` : ''}.`)]
      : []),
  ];
}

// ── Implementation: Tool A's tables ───────────────────────────────────────────────────────────────

const label = (text: string): Cell => ({ text, bold: true });
const lines = (items: string[]) => (items.length ? items.join('\n') : dash);

function implementation(report: QuarterlyReport): Block[] {
  const quarters = quartersSoFar(report);
  const semesters = semestersSoFar(report);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Implementation' }];
  if (!report.plan) {
    blocks.push(note('No plan is in effect for this school year, so there is nothing to report on.'));
    return blocks;
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Across the plan' },
    {
      kind: 'table',
      columns: [
        { header: '', width: 1.6 },
        ...quarters.map((q) => ({ header: quarterHead(q.period), width: 1 })),
      ],
      rows: [
        [label('Actions in scope'), ...quarters.map((q) => cell(String(q.totals.actions)))],
        [label('Actions Completed (%)'), ...quarters.map((q) => cell(percent(q.totals.actionsCompletedPct)))],
        [label('Actions on Time (%)'), ...quarters.map((q) => cell(percent(q.totals.actionsOnTimePct)))],
        [
          label('Actions Behind Schedule (%)'),
          ...quarters.map((q) => cell(percent(q.totals.actionsBehindPct))),
        ],
        [label('Budget planned'), ...quarters.map((q) => cell(money(q.totals.budgetPlanned)))],
        [label('Budget used'), ...quarters.map((q) => cell(money(q.totals.budgetUsed)))],
        [
          label('Monthly reports received'),
          ...quarters.map((q) => cell(`${q.totals.reportsIn} of ${q.totals.reportsDue}`)),
        ],
      ],
    },
  );
  for (const strategy of report.implementation.strategies) {
    const { number, title, practiceCodes } = strategy.strategy;
    blocks.push({ kind: 'heading', level: 2, text: `Strategy ${number}: ${title}` });
    if (practiceCodes.length) blocks.push(note(`Four Domains: ${practiceCodes.join(', ')}`));
    const of = (figures: ImplementationFigures): StrategySemesterFigures | undefined =>
      figures.strategies.find((s) => s.strategy.id === strategy.strategy.id)?.semester;
    blocks.push({
      kind: 'table',
      columns: [
        { header: `Strategy ${number}`, width: 1.4 },
        ...semesters.map((s) => ({ header: semesterHead(s.semester), width: 2 })),
      ],
      rows: [
        [
          label('Milestones Completed (%)'),
          ...semesters.map((s) => cell(percent(of(s)?.milestonesCompletedPct ?? null))),
        ],
        [
          label('Milestones Behind Schedule'),
          ...semesters.map((s) =>
            cell(lines((of(s)?.milestonesBehind ?? []).map((m) => `${m.number} ${m.title}`))),
          ),
        ],
        [
          label('Cause & Adjustments Made'),
          ...semesters.map((s) => cell(lines((of(s)?.causesAndAdjustments ?? []).map(causeLine)))),
        ],
      ],
    });
    for (const milestone of strategy.milestones) blocks.push(...milestoneTable(milestone, quarters));
  }
  return blocks;
}

function milestoneTable(current: MilestoneQuarterFigures, quarters: ImplementationFigures[]): Block[] {
  const { id, number, title, dueDate } = current.milestone;
  const of = (figures: ImplementationFigures) =>
    figures.strategies.flatMap((s) => s.milestones).find((m) => m.milestone.id === id);
  const row = (name: string, value: (m: MilestoneQuarterFigures) => string): Cell[] => [
    label(name),
    ...quarters.map((q) => {
      const m = of(q);
      return cell(m ? value(m) : dash);
    }),
  ];
  return [
    { kind: 'heading', level: 3, text: `Milestone ${number}: ${title}` },
    note(
      [
        dueDate ? `Due ${formatDate(dueDate)}` : null,
        `${current.actions} ${current.actions === 1 ? 'action' : 'actions'} in scope this quarter`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    {
      kind: 'table',
      columns: [
        { header: `Milestone ${number}`, width: 1.3 },
        ...quarters.map((q) => ({ header: quarterHead(q.period), width: 2 })),
      ],
      rows: [
        row('Actions Completed (%)', (m) => percent(m.actionsCompletedPct)),
        row('Outputs Completed (list)', (m) =>
          lines(m.outputsCompleted.map((o) => `${o.number}: ${o.outputs}`)),
        ),
        row('Actions on Time (%)', (m) => percent(m.actionsOnTimePct)),
        row('Actions Behind Schedule (%)', (m) => percent(m.actionsBehindPct)),
        row('Cause & Adjustments Made', (m) => lines(m.causesAndAdjustments.map(causeLine))),
        row('Resources/Budget Used', resourcesText),
        row('Additional Information/Comments', (m) => lines(m.comments)),
      ],
    },
  ];
}

export function resourcesText(m: MilestoneQuarterFigures): string {
  const budget =
    m.budgetUsed || m.budgetPlanned
      ? `Budget: ${money(m.budgetUsed)} of ${money(m.budgetPlanned)} planned`
      : null;
  return lines([...m.resourcesUsed, ...(budget ? [budget] : [])]);
}

// ── Performance, supports, adjustments ────────────────────────────────────────────────────────────

/** One line per breakdown of a measure for the report's school year. */
export function performanceRows(report: QuarterlyReport) {
  const { year } = parseQuarter(report.period);
  return report.performance.flatMap((measure) => {
    const review = measure.reviews.find((r) => r.year === year) ?? null;
    return measure.rows.map((row, i) => {
      const entry = row.years.find((y) => y.year === year) ?? null;
      return { measure, first: i === 0, row, entry, review };
    });
  });
}

export const measureName = (m: MeasureProgress) =>
  `${m.owner.kind === 'goal' ? 'Goal' : 'Strategy'} ${m.owner.number}: ${m.indicator}`;

export const valueText = (value: number | null, unit: string | null) =>
  value === null ? dash : formatValue(value, unit);

function performance(report: QuarterlyReport): Block[] {
  const { year } = parseQuarter(report.period);
  const rows = performanceRows(report);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Performance measures' }];
  if (!rows.length) return [...blocks, note('The plan has no performance measures for this year.')];
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Indicator', width: 2.2 },
      { header: 'Breakdown', width: 1 },
      { header: `Target ${yearLabel(year)}`, width: 1.2 },
      { header: 'Actual', width: 0.9 },
      { header: 'Standing', width: 0.9 },
      { header: 'Explanation', width: 2.2 },
    ],
    rows: rows.map(({ measure, first, row, entry, review }) => [
      first ? { text: measureName(measure), bold: true } : cell(''),
      cell(row.label),
      cell(entry?.targetText ?? valueText(entry?.target ?? null, measure.unit)),
      cell(valueText(entry?.actual ?? null, measure.unit)),
      cell(entry ? standingLabels[entry.standing] : dash),
      first ? cell(review?.explanation) : cell(''),
    ]),
  });
  return blocks;
}

function supports(report: QuarterlyReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Supports' }];
  if (!report.supports.length) return [...blocks, note('No supports were active this quarter.')];
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Need', width: 2 },
      { header: 'Status', width: 0.9 },
      { header: 'Provided by', width: 1.2 },
      { header: 'What was provided', width: 2 },
      { header: 'Use and effect', width: 2 },
    ],
    rows: report.supports.map((s) => [
      cell(
        [
          s.need,
          s.milestone
            ? `Milestone ${s.milestone.number}`
            : s.strategy
              ? `Strategy ${s.strategy.number}`
              : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      cell(supportStatusLabels[s.status]),
      cell(s.providerOrganization?.name ?? s.providerVendor ?? s.respondent?.name),
      cell(
        [s.description, s.startDate || s.endDate ? datesText(s.startDate, s.endDate) : null]
          .filter(Boolean)
          .join('\n'),
      ),
      cell(
        [
          s.howUsed,
          s.effectivenessRating === null
            ? null
            : `Rated ${s.effectivenessRating} of 5${s.effectivenessExplanation ? `: ${s.effectivenessExplanation}` : ''}`,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    ]),
  });
  return blocks;
}

const datesText = (start: string | null, end: string | null) =>
  start && end
    ? `${formatDate(start)} – ${formatDate(end)}`
    : start
      ? `From ${formatDate(start)}`
      : `By ${formatDate(end)}`;

function adjustments(report: QuarterlyReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Adjustments' }];
  if (!report.adjustments.length) return [...blocks, note('No adjustments were decided this quarter.')];
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Decided', width: 1.1 },
      { header: 'Adjustment', width: 2 },
      { header: 'Cause', width: 1.7 },
      { header: 'Evidence', width: 1.7 },
    ],
    rows: report.adjustments.map((a) => [
      cell(`${formatDate(a.decidedOn)}\n${a.decidedBy}`),
      cell(
        [
          a.summary,
          a.milestone
            ? `Milestone ${a.milestone.number}`
            : a.strategy
              ? `Strategy ${a.strategy.number}`
              : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      cell(a.cause),
      cell(a.evidence),
    ]),
  });
  return blocks;
}
