/**
 * The reporting calendar: months are 'YYYY-MM', dates 'YYYY-MM-DD', and a school year is named by the
 * calendar year it starts in. Quarters ('2026-Q2') and semesters ('2026-S1') carry the school year, so
 * with a year starting in August, 2027-03 is in 2026-Q3 and 2026-S2.
 *
 * Everything here is plain string and integer arithmetic so the server and the browser agree on every
 * boundary whatever their time zones.
 */

import type { CalendarFields } from '../schemas/monitoring';
import type { ActionStatus } from '../schemas/monitoring-enums';

/** The product default: an August school year, reports due on the 5th, semesters from August and January. */
export const defaultCalendar: CalendarFields = {
  yearStartMonth: 8,
  statusDueDay: 5,
  quarterStartMonths: [8, 11, 2, 5],
  semesterStartMonths: [8, 1],
  annualReviewMonth: 6,
};

export type CalendarProblem = { path: string; message: string };

/** Checks what zod cannot: quarters and semesters must start with the school year and follow its order. */
export function calendarProblems(fields: CalendarFields): CalendarProblem[] {
  return [
    ...startProblems(fields, 'quarterStartMonths', fields.quarterStartMonths, 'quarter'),
    ...startProblems(fields, 'semesterStartMonths', fields.semesterStartMonths, 'semester'),
  ];
}

function startProblems(
  fields: CalendarFields,
  path: string,
  starts: readonly number[],
  noun: string,
): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (starts[0] !== fields.yearStartMonth) {
    problems.push({
      path: `${path}.0`,
      message: `The first ${noun} must start in the month the school year starts (${monthName(fields.yearStartMonth)}).`,
    });
  }
  for (let i = 1; i < starts.length; i++) {
    const previous = starts[i - 1] as number;
    const current = starts[i] as number;
    if (offsetInYear(fields, current) <= offsetInYear(fields, previous)) {
      problems.push({
        path: `${path}.${i}`,
        message: `Each ${noun} must start after the one before it, in school-year order from ${monthName(fields.yearStartMonth)}.`,
      });
    }
  }
  return problems;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthName = (month: number) => monthNames[month - 1] ?? String(month);

// ── Months and dates ──────────────────────────────────────────────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

export function parseMonth(month: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

export function addMonths(month: string, n: number): string {
  const parsed = parseMonth(month);
  const index = parsed.year * 12 + (parsed.month - 1) + n;
  return formatMonth(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

export const previousMonth = (month: string) => addMonths(month, -1);

/** The month a date falls in. */
export const monthOf = (date: string) => date.slice(0, 7);

export function lastDayOf(month: string): string {
  const { year, month: m } = parseMonth(month);
  // Day 0 of the next month is the last day of this one.
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${pad(day)}`;
}

// ── School years, quarters and semesters ──────────────────────────────────────────────────────────

/** How many months into the school year a calendar month falls: 0 for the first month. */
function offsetInYear(cal: Pick<CalendarFields, 'yearStartMonth'>, month: number): number {
  return (((month - cal.yearStartMonth) % 12) + 12) % 12;
}

export function schoolYearOf(cal: CalendarFields, month: string): number {
  const { year, month: m } = parseMonth(month);
  return m >= cal.yearStartMonth ? year : year - 1;
}

/** The first month of a school year. */
const yearStart = (cal: CalendarFields, year: number) => formatMonth(year, cal.yearStartMonth);

export function monthsOfSchoolYear(cal: CalendarFields, year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(yearStart(cal, year), i));
}

/** Which of the periods (by their start months) a month falls in: 1-based. */
function periodIndex(cal: CalendarFields, starts: readonly number[], month: string): number {
  const offset = offsetInYear(cal, parseMonth(month).month);
  let index = 1;
  starts.forEach((start, i) => {
    if (offsetInYear(cal, start) <= offset) index = i + 1;
  });
  return index;
}

function periodMonths(cal: CalendarFields, starts: readonly number[], year: number, n: number): string[] {
  const from = offsetInYear(cal, starts[n - 1] as number);
  const next = starts[n];
  const to = next === undefined ? 12 : offsetInYear(cal, next);
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => addMonths(yearStart(cal, year), from + i));
}

export function parseQuarter(quarter: string): { year: number; n: number } {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  return { year: Number(match[1]), n: Number(match[2]) };
}

export function parseSemester(semester: string): { year: number; n: number } {
  const match = /^(\d{4})-S([12])$/.exec(semester);
  if (!match) throw new Error(`Not a semester: ${semester}`);
  return { year: Number(match[1]), n: Number(match[2]) };
}

export function quarterOf(cal: CalendarFields, month: string): string {
  return `${schoolYearOf(cal, month)}-Q${periodIndex(cal, cal.quarterStartMonths, month)}`;
}

export function semesterOf(cal: CalendarFields, month: string): string {
  return `${schoolYearOf(cal, month)}-S${periodIndex(cal, cal.semesterStartMonths, month)}`;
}

export function monthsOfQuarter(cal: CalendarFields, quarter: string): string[] {
  const { year, n } = parseQuarter(quarter);
  return periodMonths(cal, cal.quarterStartMonths, year, n);
}

export function monthsOfSemester(cal: CalendarFields, semester: string): string[] {
  const { year, n } = parseSemester(semester);
  return periodMonths(cal, cal.semesterStartMonths, year, n);
}

export function quartersOfYear(year: number): string[] {
  return [1, 2, 3, 4].map((n) => `${year}-Q${n}`);
}

export function semestersOfYear(year: number): string[] {
  return [`${year}-S1`, `${year}-S2`];
}

/**
 * The semester a quarter reports against: the one its first month falls in. With the default calendar
 * the second quarter (November–January) reports against the first semester, which ends in December.
 */
export function semesterOfQuarter(cal: CalendarFields, quarter: string): string {
  const first = monthsOfQuarter(cal, quarter)[0];
  return first ? semesterOf(cal, first) : `${parseQuarter(quarter).year}-S1`;
}

function monthsOfPeriod(cal: CalendarFields, period: string): string[] {
  return period.includes('-Q') ? monthsOfQuarter(cal, period) : monthsOfSemester(cal, period);
}

/** The first day of a quarter or semester. */
export function periodStartDate(cal: CalendarFields, period: string): string {
  const first = monthsOfPeriod(cal, period)[0];
  if (!first) throw new Error(`Empty period: ${period}`);
  return `${first}-01`;
}

/** The last day of a quarter or semester. */
export function periodEndDate(cal: CalendarFields, period: string): string {
  const last = monthsOfPeriod(cal, period).at(-1);
  if (!last) throw new Error(`Empty period: ${period}`);
  return lastDayOf(last);
}

// ── Due dates ─────────────────────────────────────────────────────────────────────────────────────

/** A month's status is due on the calendar's due day of the month after it. */
export function statusDueDate(cal: CalendarFields, month: string): string {
  return `${addMonths(month, 1)}-${pad(cal.statusDueDay)}`;
}

/**
 * The month whose report is being worked on: until the due day, teams are still finishing last month's
 * report; after it, they report on the month in progress.
 */
export function reportingMonth(cal: CalendarFields, today: string): string {
  const current = monthOf(today);
  return Number(today.slice(8, 10)) <= cal.statusDueDay ? previousMonth(current) : current;
}

/** The quarter of the reporting month, so a quarter stays current until its last month's reports are due. */
export function currentQuarter(cal: CalendarFields, today: string): string {
  return quarterOf(cal, reportingMonth(cal, today));
}

/** Whether a month's report is overdue on a date (the due day itself is not late). */
export function isLate(cal: CalendarFields, month: string, today: string): boolean {
  return today > statusDueDate(cal, month);
}

/**
 * Whether an action needs a report for a month: it has started by the month's end (or has no start date)
 * and an earlier report has not closed it. An action past its end date and not completed stays due,
 * because it is behind and the team still owes an account of it.
 */
export function isDueForReport(
  action: { startDate: string | null; endDate: string | null },
  previousStatus: ActionStatus | null,
  month: string,
): boolean {
  if (previousStatus === 'completed' || previousStatus === 'cancelled') return false;
  return action.startDate === null || action.startDate <= lastDayOf(month);
}
