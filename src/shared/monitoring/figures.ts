/**
 * Tool A's reporting tables worked out from a plan's monthly status reports and semester reviews.
 *
 * Rules, for a quarter whose last month is L and last day is E:
 * - An action's state at a month is the status of its latest report for that month or before; with no
 *   report it has not started. Quarter figures read the state at L.
 * - In scope: a milestone's actions whose state is not cancelled. Percentages are over the actions in
 *   scope, rounded to one decimal, and null when there are none.
 * - Completed: state completed. Behind: state behind, or not completed with an end date before E.
 *   On time: in scope and not behind (a completed action is on time, and so is one not due to start).
 * - Outputs completed: for each action, the outputs done as its latest report within the quarter's months
 *   that names any says (a report that leaves them blank does not undo the ones before it).
 * - Causes and adjustments: every report within the quarter's months that names a cause or an adjustment.
 * - Budget used: what the quarter's reports say was spent in their months. Budget planned: the budgets of
 *   the actions in scope. Resources used and comments: the distinct texts of the quarter's reports.
 *   Reports and outputs of a cancelled action still count: the money was spent and the work was done.
 * - Semester, per strategy: the semester the quarter's first month is in, read as of A = the earlier of
 *   the semester's and the quarter's last days. A milestone is completed when its review for the semester
 *   says so, or when all its actions in scope at A (at least one) are completed. It is behind when its
 *   review says so, or when it is not completed and its due date is before A or one of its actions is
 *   behind at A. Causes and adjustments come from the semester's reviews.
 * - Totals pool every action in scope across the plan. Reports due are the (action, month) pairs for the
 *   quarter's months up to the reporting month where the action was due a report; reports in are those
 *   of them with a report.
 * - Trend: the totals of each quarter of the school year up to this one.
 * Money sums are rounded to cents so floating-point dust does not reach the page.
 */

import type {
  CalendarFields,
  CauseAndAdjustment,
  FigureTotals,
  ImplementationFigures,
  MilestoneQuarterFigures,
  StrategyFigures,
  StrategySemesterFigures,
} from '../schemas/monitoring';
import type { ActionStatus } from '../schemas/monitoring-enums';
import {
  isDueForReport,
  lastDayOf,
  monthOf,
  monthsOfQuarter,
  parseQuarter,
  periodEndDate,
  previousMonth,
  quartersOfYear,
  reportingMonth,
  semesterOfQuarter,
} from './calendar';

export type FiguresStrategy = { id: string; number: string; title: string; practiceCodes: string[] };
export type FiguresMilestone = {
  id: string;
  strategyId: string;
  number: string;
  title: string;
  dueDate: string | null;
};
export type FiguresAction = {
  id: string;
  milestoneId: string;
  number: string;
  description: string;
  outputs: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetAmount: number | null;
};
export type FiguresReport = {
  actionId: string;
  period: string;
  status: ActionStatus;
  percentComplete: number;
  outputsDone: string | null;
  comment: string | null;
  cause: string | null;
  adjustment: string | null;
  resourcesUsed: string | null;
  budgetUsed: number | null;
};
export type FiguresReview = {
  milestoneId: string;
  semester: string;
  completed: boolean;
  behind: boolean;
  cause: string | null;
  adjustment: string | null;
};
export type FiguresInput = {
  calendar: CalendarFields;
  /** 'YYYY-Qn' */
  quarter: string;
  /** 'YYYY-MM-DD' */
  today: string;
  strategies: FiguresStrategy[];
  milestones: FiguresMilestone[];
  actions: FiguresAction[];
  /** Any reports of these actions; the ones that matter are picked out here. */
  reports: FiguresReport[];
  reviews: FiguresReview[];
};
export type QuarterFigures = Omit<ImplementationFigures, 'organizationId' | 'planId'>;

export function quarterFigures(input: FiguresInput): QuarterFigures {
  const { calendar, quarter } = input;
  const history = reportHistory(input.reports);
  const milestones = sortByNumber(input.milestones);
  const actions = sortByNumber(input.actions);
  const months = monthsOfQuarter(calendar, quarter);
  const semester = semesterOfQuarter(calendar, quarter);
  const semesterEnd = periodEndDate(calendar, semester);
  const quarterEnd = periodEndDate(calendar, quarter);
  const asOf = semesterEnd < quarterEnd ? semesterEnd : quarterEnd;

  const strategies = sortByNumber(input.strategies).map((strategy): StrategyFigures => {
    const own = milestones.filter((m) => m.strategyId === strategy.id);
    return {
      strategy: {
        id: strategy.id,
        number: strategy.number,
        title: strategy.title,
        practiceCodes: strategy.practiceCodes,
      },
      semester: semesterFigures(own, actions, history, input.reviews, semester, asOf),
      milestones: own.map((milestone) =>
        milestoneFigures(
          milestone,
          actions.filter((a) => a.milestoneId === milestone.id),
          history,
          months,
        ),
      ),
    };
  });

  const planned = actionsOf(milestones, actions);
  const totalsFor = (q: string) => totals(input, planned, history, monthsOfQuarter(calendar, q));
  const { year, n } = parseQuarter(quarter);
  const trend = quartersOfYear(year)
    .slice(0, n)
    .map((period) => {
      const t = totalsFor(period);
      return {
        period,
        actionsCompletedPct: t.actionsCompletedPct,
        actionsOnTimePct: t.actionsOnTimePct,
        actionsBehindPct: t.actionsBehindPct,
        budgetUsed: t.budgetUsed,
      };
    });

  return { period: quarter, months, semester, totals: totalsFor(quarter), strategies, trend };
}

// ── Reports ───────────────────────────────────────────────────────────────────────────────────────

type History = Map<string, FiguresReport[]>;

/** Each action's reports, oldest month first. */
function reportHistory(reports: FiguresReport[]): History {
  const history: History = new Map();
  for (const report of reports) {
    const list = history.get(report.actionId) ?? [];
    list.push(report);
    history.set(report.actionId, list);
  }
  for (const list of history.values()) list.sort((a, b) => a.period.localeCompare(b.period));
  return history;
}

function latestUpTo(history: History, actionId: string, month: string): FiguresReport | undefined {
  return history
    .get(actionId)
    ?.filter((r) => r.period <= month)
    .at(-1);
}

function stateAt(history: History, actionId: string, month: string): ActionStatus {
  return latestUpTo(history, actionId, month)?.status ?? 'not_started';
}

function reportsIn(history: History, actionId: string, months: string[]): FiguresReport[] {
  return (history.get(actionId) ?? []).filter((r) => months.includes(r.period));
}

// ── Actions and milestones ────────────────────────────────────────────────────────────────────────

type Standing = { inScope: number; completed: number; behind: number };

/** Counts a set of actions in scope, completed and behind on a date (a month's last day). */
function standing(actions: FiguresAction[], history: History, date: string): Standing {
  const month = monthOf(date);
  const counts: Standing = { inScope: 0, completed: 0, behind: 0 };
  for (const action of actions) {
    const state = stateAt(history, action.id, month);
    if (state === 'cancelled') continue;
    counts.inScope += 1;
    if (state === 'completed') counts.completed += 1;
    else if (state === 'behind' || (action.endDate !== null && action.endDate < date)) counts.behind += 1;
  }
  return counts;
}

function percentages(counts: Standing) {
  return {
    actionsCompletedPct: pct(counts.completed, counts.inScope),
    actionsOnTimePct: pct(counts.inScope - counts.behind, counts.inScope),
    actionsBehindPct: pct(counts.behind, counts.inScope),
  };
}

function milestoneFigures(
  milestone: FiguresMilestone,
  actions: FiguresAction[],
  history: History,
  months: string[],
): MilestoneQuarterFigures {
  const quarterEnd = lastDayOf(months.at(-1) as string);
  const counts = standing(actions, history, quarterEnd);
  const lastMonth = monthOf(quarterEnd);
  const inScope = actions.filter((a) => stateAt(history, a.id, lastMonth) !== 'cancelled');
  const quarterReports = actions.flatMap((action) =>
    reportsIn(history, action.id, months).map((report) => ({ action, report })),
  );

  const outputsCompleted = actions.flatMap((action) => {
    const outputs = reportsIn(history, action.id, months)
      .map((r) => r.outputsDone?.trim())
      .filter(Boolean)
      .at(-1);
    return outputs ? [{ actionId: action.id, number: action.number, outputs }] : [];
  });

  const causesAndAdjustments: CauseAndAdjustment[] = quarterReports
    .filter(({ report }) => hasText(report.cause) || hasText(report.adjustment))
    .map(({ action, report }) => ({
      itemId: action.id,
      number: action.number,
      period: report.period,
      status: report.status,
      cause: report.cause,
      adjustment: report.adjustment,
    }));

  return {
    milestone: {
      id: milestone.id,
      number: milestone.number,
      title: milestone.title,
      dueDate: milestone.dueDate,
    },
    actions: counts.inScope,
    ...percentages(counts),
    outputsCompleted,
    causesAndAdjustments,
    budgetPlanned: money(inScope.map((a) => a.budgetAmount)),
    budgetUsed: money(quarterReports.map(({ report }) => report.budgetUsed)),
    resourcesUsed: distinct(quarterReports.map(({ report }) => report.resourcesUsed)),
    comments: distinct(quarterReports.map(({ report }) => report.comment)),
  };
}

function semesterFigures(
  milestones: FiguresMilestone[],
  actions: FiguresAction[],
  history: History,
  reviews: FiguresReview[],
  semester: string,
  asOf: string,
): StrategySemesterFigures {
  const own = reviews.filter((r) => r.semester === semester);
  let completed = 0;
  const milestonesBehind: StrategySemesterFigures['milestonesBehind'] = [];
  const causesAndAdjustments: CauseAndAdjustment[] = [];

  for (const milestone of milestones) {
    const review = own.find((r) => r.milestoneId === milestone.id);
    const counts = standing(
      actions.filter((a) => a.milestoneId === milestone.id),
      history,
      asOf,
    );
    const isCompleted =
      review?.completed === true || (counts.inScope > 0 && counts.completed === counts.inScope);
    const isBehind =
      review?.behind === true ||
      (!isCompleted && ((milestone.dueDate !== null && milestone.dueDate < asOf) || counts.behind > 0));
    if (isCompleted) completed += 1;
    if (isBehind)
      milestonesBehind.push({ id: milestone.id, number: milestone.number, title: milestone.title });
    if (review && (hasText(review.cause) || hasText(review.adjustment))) {
      causesAndAdjustments.push({
        itemId: milestone.id,
        number: milestone.number,
        period: semester,
        status: null,
        cause: review.cause,
        adjustment: review.adjustment,
      });
    }
  }

  return {
    semester,
    milestones: milestones.length,
    milestonesCompletedPct: pct(completed, milestones.length),
    milestonesBehind,
    causesAndAdjustments,
  };
}

// ── Totals ────────────────────────────────────────────────────────────────────────────────────────

/** The actions that belong to the given milestones (so strays from other plans are left out). */
function actionsOf(milestones: FiguresMilestone[], actions: FiguresAction[]): FiguresAction[] {
  const ids = new Set(milestones.map((m) => m.id));
  return actions.filter((a) => ids.has(a.milestoneId));
}

function totals(
  input: FiguresInput,
  actions: FiguresAction[],
  history: History,
  months: string[],
): FigureTotals {
  const quarterEnd = lastDayOf(months.at(-1) as string);
  const counts = standing(actions, history, quarterEnd);
  const lastMonth = monthOf(quarterEnd);
  const inScope = actions.filter((a) => stateAt(history, a.id, lastMonth) !== 'cancelled');
  const reporting = reportingMonth(input.calendar, input.today);

  let reportsDue = 0;
  let received = 0;
  for (const action of actions) {
    for (const month of months) {
      if (month > reporting) continue;
      const previous = latestUpTo(history, action.id, previousMonth(month))?.status ?? null;
      if (!isDueForReport(action, previous, month)) continue;
      reportsDue += 1;
      if (history.get(action.id)?.some((r) => r.period === month)) received += 1;
    }
  }

  return {
    actions: counts.inScope,
    ...percentages(counts),
    budgetPlanned: money(inScope.map((a) => a.budgetAmount)),
    budgetUsed: money(actions.flatMap((a) => reportsIn(history, a.id, months).map((r) => r.budgetUsed))),
    reportsDue,
    reportsIn: received,
  };
}

// ── Small helpers ─────────────────────────────────────────────────────────────────────────────────

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function money(amounts: (number | null)[]): number {
  return Math.round(amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) * 100) / 100;
}

const hasText = (text: string | null) => Boolean(text?.trim());

function distinct(texts: (string | null)[]): string[] {
  return [...new Set(texts.map((t) => t?.trim() ?? '').filter(Boolean))];
}

/** Plan numbers compared part by part, so 1.10 comes after 1.9. */
export function compareNumbers(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (Number(left[i] ?? -1) || 0) - (Number(right[i] ?? -1) || 0);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

function sortByNumber<T extends { number: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareNumbers(a.number, b.number));
}
