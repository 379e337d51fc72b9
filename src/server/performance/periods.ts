import { monthsOfQuarter, monthsOfSchoolYear, schoolYearOf } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';

/**
 * Observation periods are a school year ('2026' = 2026–27), one of its quarters ('2026-Q2') or a calendar
 * month ('2026-11'); which school year a month belongs to, and where a quarter falls, depend on the calendar.
 */
export type PeriodKind = 'year' | 'quarter' | 'month';

export function periodKind(period: string): PeriodKind {
  if (/^\d{4}$/.test(period)) return 'year';
  return period.includes('-Q') ? 'quarter' : 'month';
}

export function schoolYearOfPeriod(cal: CalendarFields, period: string): number {
  return periodKind(period) === 'month' ? schoolYearOf(cal, period) : Number(period.slice(0, 4));
}

const kindRank: Record<PeriodKind, number> = { month: 0, quarter: 1, year: 2 };

/**
 * A key that orders periods by when they end: a month, then the quarter it closes, then the year it
 * closes, so a chart reads oldest first whatever mix of periods a metric has.
 */
export function periodSortKey(cal: CalendarFields, period: string): string {
  const kind = periodKind(period);
  const year = schoolYearOfPeriod(cal, period);
  const yearEnd = monthsOfSchoolYear(cal, year)[11] as string;
  const last =
    kind === 'month'
      ? period
      : kind === 'quarter'
        ? (monthsOfQuarter(cal, period).at(-1) ?? yearEnd)
        : yearEnd;
  return `${last}:${kindRank[kind]}`;
}

export function byPeriod<T extends { period: string }>(cal: CalendarFields, points: readonly T[]): T[] {
  const keyed = points.map((point) => ({ point, key: periodSortKey(cal, point.period) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.point);
}

/**
 * The value that stands for a school year: the annual figure when there is one, else the latest quarter of
 * that year, else the latest month in it. A partial-year figure is what the team knows so far.
 */
export function actualForYear<T extends { period: string }>(
  cal: CalendarFields,
  year: number,
  points: readonly T[],
): T | null {
  const ofYear = points.filter((p) => schoolYearOfPeriod(cal, p.period) === year);
  for (const kind of ['year', 'quarter', 'month'] as const) {
    const candidates = byPeriod(
      cal,
      ofYear.filter((p) => periodKind(p.period) === kind),
    );
    const latest = candidates.at(-1);
    if (latest) return latest;
  }
  return null;
}
