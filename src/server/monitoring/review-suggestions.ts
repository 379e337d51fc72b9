import {
  monthsOfSemester,
  parseSemester,
  quarterOf,
  quartersOfYear,
  semesterOfQuarter,
} from '../../shared/monitoring/calendar';
import {
  type FiguresAction,
  type FiguresMilestone,
  type FiguresReport,
  quarterFigures,
} from '../../shared/monitoring/figures';
import type { CalendarFields } from '../../shared/schemas/monitoring';

export type Suggestion = { completed: boolean; behind: boolean; actions: number; actionsCompleted: number };

/**
 * The quarter whose figures report on a semester: the last one counted against it, so the semester is
 * read as of its own end.
 */
export function reportingQuarterOf(calendar: CalendarFields, semester: string): string {
  const { year } = parseSemester(semester);
  const counted = quartersOfYear(year).filter((q) => semesterOfQuarter(calendar, q) === semester);
  return counted.at(-1) ?? quarterOf(calendar, monthsOfSemester(calendar, semester).at(-1) as string);
}

/**
 * What the reports alone say about each milestone for a semester, by the implementation-figure rules: each
 * milestone is asked about as if it were a strategy of its own, so its completed and behind flags are
 * exactly the ones the semester table would give it without a review.
 */
export function suggestReviews(input: {
  calendar: CalendarFields;
  semester: string;
  today: string;
  milestones: FiguresMilestone[];
  actions: FiguresAction[];
  reports: FiguresReport[];
}): Map<string, Suggestion> {
  const { calendar, semester } = input;
  const quarter = reportingQuarterOf(calendar, semester);
  const figures = quarterFigures({
    calendar,
    quarter,
    today: input.today,
    strategies: input.milestones.map((m) => ({
      id: m.id,
      number: m.number,
      title: m.title,
      practiceCodes: [],
    })),
    milestones: input.milestones.map((m) => ({ ...m, strategyId: m.id })),
    actions: input.actions,
    reports: input.reports,
    reviews: [],
  });
  const lastMonth = monthsOfSemester(calendar, semester).at(-1) as string;
  const latest = new Map<string, FiguresReport>();
  for (const report of input.reports) {
    if (report.period > lastMonth) continue;
    const seen = latest.get(report.actionId);
    if (!seen || seen.period < report.period) latest.set(report.actionId, report);
  }

  const suggestions = new Map<string, Suggestion>();
  for (const row of figures.strategies) {
    const states = input.actions
      .filter((a) => a.milestoneId === row.strategy.id)
      .map((a) => latest.get(a.id)?.status ?? 'not_started')
      .filter((s) => s !== 'cancelled');
    suggestions.set(row.strategy.id, {
      completed: row.semester.milestonesCompletedPct === 100,
      behind: row.semester.milestonesBehind.length > 0,
      actions: states.length,
      actionsCompleted: states.filter((s) => s === 'completed').length,
    });
  }
  return suggestions;
}
