import {
  currentQuarter,
  monthOf,
  monthsOfQuarter,
  monthsOfSchoolYear,
  parseQuarter,
  parseSemester,
  quartersOfYear,
  schoolYearOf,
} from '../../../shared/monitoring/calendar';
import { yearLabel } from '../../../shared/plans/period';
import type { CalendarFields } from '../../../shared/schemas/monitoring';

/**
 * Months a report can be given for, newest first: this school year up to the current month (the API
 * refuses later months) and the whole school year before, for late reports and corrections.
 */
export function monthChoices(cal: CalendarFields, today: string): string[] {
  const current = monthOf(today);
  const year = schoolYearOf(cal, current);
  return [...monthsOfSchoolYear(cal, year - 1), ...monthsOfSchoolYear(cal, year)]
    .filter((month) => month <= current)
    .reverse();
}

/** Quarters with figures to read, newest first: this school year's up to the current one, and last year's. */
export function quarterChoices(cal: CalendarFields, today: string): string[] {
  const current = currentQuarter(cal, today);
  const { year } = parseQuarter(current);
  return [...quartersOfYear(year - 1), ...quartersOfYear(year)].filter((q) => q <= current).reverse();
}

/** Keeps a chosen period in the list even when it lies outside the usual range (a link from elsewhere). */
export function withChosen(choices: string[], chosen: string | undefined): string[] {
  if (!chosen || choices.includes(chosen)) return choices;
  return [chosen, ...choices].sort().reverse();
}

const date = (month: string) => new Date(`${month}-15T12:00:00Z`);

/** "November 2026" in the reader's language. */
export function monthLabel(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date(month),
  );
}

/** "Nov" in the reader's language. */
export function shortMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(date(month));
}

/** The pieces a quarter's label is made of: "Q2", "2026–27", "Nov–Jan". */
export function quarterParts(cal: CalendarFields, quarter: string, language: string) {
  const { year, n } = parseQuarter(quarter);
  const months = monthsOfQuarter(cal, quarter);
  const first = months[0] ?? quarter;
  const last = months.at(-1) ?? first;
  return {
    n,
    year: yearLabel(year),
    months:
      first === last
        ? shortMonth(first, language)
        : `${shortMonth(first, language)}–${shortMonth(last, language)}`,
  };
}

export function semesterParts(semester: string) {
  const { year, n } = parseSemester(semester);
  return { n, year: yearLabel(year) };
}

/** A calendar date ('YYYY-MM-DD') as written for the reader, without shifting it across time zones. */
export function dayLabel(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Today in the reader's own time zone, as the calendar functions expect it. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A month of the year (1–12) by name in the reader's language: 8 → "August". */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, month - 1, 15)),
  );
}
