import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, version } from './common';
import { actionStatuses, slippingStatuses } from './monitoring-enums';

const long = () => optionalText(limits.longTextMax);

/** A reporting month: YYYY-MM (calendar month). */
export const monthPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11.');
/** A quarter of a school year: YYYY-Qn, where YYYY is the year the school year starts (2026-Q1 is in 2026–27). */
export const quarterPeriod = z.string().regex(/^\d{4}-Q[1-4]$/, 'Use a quarter like 2026-Q2.');
/** A semester of a school year: YYYY-S1 or YYYY-S2. */
export const semesterPeriod = z.string().regex(/^\d{4}-S[12]$/, 'Use a semester like 2026-S1.');

const month = z.number().int().min(1, 'Use a month from 1 to 12.').max(12, 'Use a month from 1 to 12.');

// ── Reporting calendar ────────────────────────────────────────────────────────────────────────────

export const calendarFields = z.object({
  yearStartMonth: month.describe('The month the school year starts (8 for August).'),
  statusDueDay: z
    .number()
    .int()
    .min(1, 'Use a day from 1 to 28.')
    .max(28, 'Use a day from 1 to 28.')
    .describe('The monthly status for a month is due on this day of the next month.'),
  quarterStartMonths: z.array(month).length(4, 'Give the first month of each of the four quarters.'),
  semesterStartMonths: z.array(month).length(2, 'Give the first month of each of the two semesters.'),
  annualReviewMonth: month,
});
export type CalendarFields = z.infer<typeof calendarFields>;

export const setCalendarInput = calendarFields.extend({
  /** The version of this organization's own calendar, or absent when it has none yet. */
  version: version.optional(),
});
export type SetCalendarInput = z.infer<typeof setCalendarInput>;

export const reportingCalendar = calendarFields.extend({
  organizationId: id,
  /** Where these settings come from: this organization, an organization above, or the product default. */
  source: z.enum(['own', 'inherited', 'default']),
  sourceOrganizationId: id.nullable(),
  sourceOrganizationName: z.string().nullable(),
  version: z.number().int().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});
export type ReportingCalendar = z.infer<typeof reportingCalendar>;

// ── Monthly status ────────────────────────────────────────────────────────────────────────────────

export const actionStatus = z.enum(actionStatuses);

/** A month's status for one action. Cause and adjustment are required when the action is at risk or behind. */
export const statusInput = z
  .object({
    period: monthPeriod,
    status: actionStatus,
    percentComplete: z.number().int().min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.'),
    outputsDone: long().describe('Outputs finished so far.'),
    comment: long(),
    cause: long(),
    adjustment: long(),
    resourcesUsed: long(),
    budgetUsed: z.number().finite().min(0, 'Must be zero or more.').max(1e11).nullable().optional(),
    /** The version of the report being replaced, when correcting a month already reported. */
    version: version.optional(),
  })
  .superRefine((input, ctx) => {
    if (!slippingStatuses.includes(input.status)) return;
    for (const field of ['cause', 'adjustment'] as const) {
      if (!input[field]) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            field === 'cause'
              ? 'Say what caused the delay: it is required when an action is at risk or behind.'
              : 'Say what the team will change: it is required when an action is at risk or behind.',
        });
      }
    }
  });
export type StatusInput = z.infer<typeof statusInput>;

export const statusReport = z.object({
  id,
  actionId: id,
  period: monthPeriod,
  status: actionStatus,
  percentComplete: z.number().int(),
  outputsDone: z.string().nullable(),
  comment: z.string().nullable(),
  cause: z.string().nullable(),
  adjustment: z.string().nullable(),
  resourcesUsed: z.string().nullable(),
  budgetUsed: z.number().nullable(),
  reportedBy: z.object({ id, name: z.string() }).nullable(),
  reportedAt: z.string(),
  version: z.number().int(),
});
export type StatusReport = z.infer<typeof statusReport>;

export const statusSheetQuery = z.object({
  period: monthPeriod
    .optional()
    .describe('The month being reported; the current reporting month by default.'),
  scope: z
    .enum(['mine', 'team', 'all'])
    .default('mine')
    .describe(
      "mine: actions I am responsible for; team: a milestone's responsible team; all: every action due.",
    ),
  team: z.string().trim().max(limits.shortTextMax).optional(),
});
export type StatusSheetQuery = z.infer<typeof statusSheetQuery>;

/** One row of the monthly status page: an action due this period, this month's report and last month's. */
export const statusSheetRow = z.object({
  actionId: id,
  planId: id,
  number: z.string().describe('Action number as in the plan, e.g. 1.2.1.3.'),
  description: z.string(),
  outputs: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  milestone: z.object({ id, number: z.string(), title: z.string(), responsibleTeam: z.string().nullable() }),
  strategy: z.object({ id, number: z.string(), title: z.string() }),
  responsible: z.object({ personId: id.nullable(), name: z.string().nullable() }),
  current: statusReport.nullable(),
  previous: statusReport.nullable(),
  /** True when the report for this period is past its due date and not in. */
  late: z.boolean(),
  abilities: z.object({ report: z.boolean() }),
});
export type StatusSheetRow = z.infer<typeof statusSheetRow>;

export const statusSheet = z.object({
  organizationId: id,
  period: monthPeriod,
  dueDate: z.string().describe('When this period’s reports are due (YYYY-MM-DD).'),
  teams: z.array(z.string()).describe('Responsible teams named on milestones, for the team filter.'),
  items: z.array(statusSheetRow),
});
export type StatusSheet = z.infer<typeof statusSheet>;

/** Who has not reported: per person responsible (or team), actions due and reports missing for a month. */
export const reportingGaps = z.object({
  organizationId: id,
  period: monthPeriod,
  dueDate: z.string(),
  overdue: z.boolean(),
  due: z.number().int(),
  reported: z.number().int(),
  missing: z.array(
    z.object({
      personId: id.nullable(),
      name: z.string(),
      actions: z.array(z.object({ actionId: id, number: z.string(), description: z.string() })),
    }),
  ),
  /** Organizations below and their reporting for the month, read from the summary table. */
  below: z.array(
    z.object({
      organizationId: id,
      name: z.string(),
      kind: z.string(),
      due: z.number().int(),
      reported: z.number().int(),
    }),
  ),
});
export type ReportingGaps = z.infer<typeof reportingGaps>;

// ── Semester milestone reviews ────────────────────────────────────────────────────────────────────

export const milestoneReviewInput = z
  .object({
    semester: semesterPeriod,
    completed: z.boolean(),
    behind: z.boolean(),
    cause: long(),
    adjustment: long(),
    version: version.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.behind && !input.cause) {
      ctx.addIssue({ code: 'custom', path: ['cause'], message: 'Say why the milestone is behind.' });
    }
    if (input.behind && !input.adjustment) {
      ctx.addIssue({ code: 'custom', path: ['adjustment'], message: 'Say what will change to catch up.' });
    }
  });
export type MilestoneReviewInput = z.infer<typeof milestoneReviewInput>;

export const milestoneReview = z.object({
  id,
  milestoneId: id,
  semester: semesterPeriod,
  completed: z.boolean(),
  behind: z.boolean(),
  cause: z.string().nullable(),
  adjustment: z.string().nullable(),
  reviewedBy: z.object({ id, name: z.string() }).nullable(),
  reviewedAt: z.string(),
  version: z.number().int(),
});
export type MilestoneReview = z.infer<typeof milestoneReview>;

// ── Implementation figures (Tool A's reporting tables) ───────────────────────────────────────────

const pct = z.number().nullable().describe('0–100, rounded to one decimal; null when nothing is in scope.');
const numbered = z.object({ id, number: z.string(), title: z.string() });

export const causeAndAdjustment = z.object({
  /** The action (monthly report) or milestone (semester review) it was written for. */
  itemId: id,
  number: z.string(),
  period: z.string(),
  status: z.string().nullable(),
  cause: z.string().nullable(),
  adjustment: z.string().nullable(),
});
export type CauseAndAdjustment = z.infer<typeof causeAndAdjustment>;

export const milestoneQuarterFigures = z.object({
  milestone: numbered.extend({ dueDate: z.string().nullable() }),
  actions: z.number().int().describe('Actions in scope: every action of the milestone not cancelled.'),
  actionsCompletedPct: pct,
  outputsCompleted: z.array(z.object({ actionId: id, number: z.string(), outputs: z.string() })),
  actionsOnTimePct: pct,
  actionsBehindPct: pct,
  causesAndAdjustments: z.array(causeAndAdjustment),
  budgetPlanned: z.number(),
  budgetUsed: z.number(),
  resourcesUsed: z.array(z.string()),
  comments: z.array(z.string()),
});
export type MilestoneQuarterFigures = z.infer<typeof milestoneQuarterFigures>;

export const strategySemesterFigures = z.object({
  semester: semesterPeriod,
  milestones: z.number().int(),
  milestonesCompletedPct: pct,
  milestonesBehind: z.array(numbered),
  causesAndAdjustments: z.array(causeAndAdjustment),
});
export type StrategySemesterFigures = z.infer<typeof strategySemesterFigures>;

export const strategyFigures = z.object({
  strategy: numbered.extend({ practiceCodes: z.array(z.string()) }),
  semester: strategySemesterFigures,
  milestones: z.array(milestoneQuarterFigures),
});
export type StrategyFigures = z.infer<typeof strategyFigures>;

export const figureTotals = z.object({
  actions: z.number().int(),
  actionsCompletedPct: pct,
  actionsOnTimePct: pct,
  actionsBehindPct: pct,
  budgetPlanned: z.number(),
  budgetUsed: z.number(),
  /** Reports expected in the quarter's months so far and reports received. */
  reportsDue: z.number().int(),
  reportsIn: z.number().int(),
});
export type FigureTotals = z.infer<typeof figureTotals>;

export const implementationFigures = z.object({
  organizationId: id,
  planId: id.nullable(),
  period: quarterPeriod,
  months: z.array(monthPeriod),
  semester: semesterPeriod,
  totals: figureTotals,
  strategies: z.array(strategyFigures),
  /** The school year's quarters up to this one, for the trend chart. */
  trend: z.array(
    z.object({
      period: quarterPeriod,
      actionsCompletedPct: pct,
      actionsOnTimePct: pct,
      actionsBehindPct: pct,
      budgetUsed: z.number(),
    }),
  ),
});
export type ImplementationFigures = z.infer<typeof implementationFigures>;

export const implementationQuery = z.object({ period: quarterPeriod.optional() });
export const reviewsQuery = z.object({ semester: semesterPeriod.optional() });

// ── Semester milestone review sheet ───────────────────────────────────────────────────────────────

/** One milestone of the plan for a semester: the team's review, if any, and what the reports suggest. */
export const milestoneReviewRow = z.object({
  milestone: numbered.extend({ dueDate: z.string().nullable(), responsibleTeam: z.string().nullable() }),
  strategy: numbered,
  review: milestoneReview.nullable(),
  /** The implementation-figure rules applied to the reports alone, ignoring any review. */
  suggested: z.object({
    completed: z.boolean(),
    behind: z.boolean(),
    actions: z.number().int().describe('Actions in scope (not cancelled) as of the semester’s end.'),
    actionsCompleted: z.number().int(),
  }),
});
export type MilestoneReviewRow = z.infer<typeof milestoneReviewRow>;

export const milestoneReviewSheet = z.object({
  organizationId: id,
  planId: id.nullable(),
  semester: semesterPeriod,
  items: z.array(milestoneReviewRow),
  abilities: z.object({ review: z.boolean() }),
});
export type MilestoneReviewSheet = z.infer<typeof milestoneReviewSheet>;
