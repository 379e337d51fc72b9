import { yearLabel } from '../../../shared/plans/period';

export type PeriodParts =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number };

/** Splits "2026", "2026-Q2" or "2026-11"; null for anything else. */
export function periodParts(period: string): PeriodParts | null {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

/**
 * The school year a period belongs to. Years and quarters carry it; a month is a calendar month, and a
 * school year starts in July, so 2027-03 belongs to 2026–27.
 */
export function schoolYearOf(period: string): number | null {
  const parts = periodParts(period);
  if (!parts) return null;
  if (parts.kind === 'month') return parts.month >= 7 ? parts.year : parts.year - 1;
  return parts.year;
}

/**
 * Where a period falls on a time line measured in school years, at its end: a quarter ends a quarter of
 * the way on, a month a twelfth, and a year's figure is the whole year's, so it lands with its last quarter.
 * Ties put months before quarters before the year, the order in which they are usually known.
 */
export function periodPosition(period: string): number {
  const parts = periodParts(period);
  if (!parts) return Number.POSITIVE_INFINITY;
  const start = schoolYearOf(period) as number;
  if (parts.kind === 'year') return start + 1 + 0.0002;
  if (parts.kind === 'quarter') return start + parts.quarter / 4 + 0.0001;
  return start + (((parts.month - 7 + 12) % 12) + 1) / 12;
}

export function comparePeriods(a: string, b: string): number {
  return periodPosition(a) - periodPosition(b) || a.localeCompare(b);
}

/** A short English-neutral label: "2026–27", "2026–27 Q2", or the month's name through `monthName`. */
export function periodLabel(
  period: string,
  text: { quarter: (year: string, quarter: number) => string; month: (date: Date) => string },
): string {
  const parts = periodParts(period);
  if (!parts) return period;
  if (parts.kind === 'year') return yearLabel(parts.year);
  if (parts.kind === 'quarter') return text.quarter(yearLabel(parts.year), parts.quarter);
  return text.month(new Date(Date.UTC(parts.year, parts.month - 1, 1)));
}
