import { lastDayOf, monthsOfSchoolYear } from '../../shared/monitoring/calendar';
import { elapsedBetween, measureStanding } from '../../shared/monitoring/standing';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { MetricDirection } from '../../shared/schemas/monitoring-enums';
import type { MeasureProgress } from '../../shared/schemas/performance';
import type { MeasureView } from '../../shared/schemas/plan';
import { normalizeBreakdown } from '../import/observation-values';
import { actualForYear, byPeriod } from './periods';

type ProgressRow = MeasureProgress['rows'][number];
export type Point = { period: string; breakdown: string; value: number };

export type ProgressRowsInput = {
  rows: MeasureView['rows'];
  years: { year: number; label: string }[];
  /** The linked metric's better direction; null when no metric is linked. */
  better: MetricDirection | null;
  /** The linked metric's values for the plan's organization (every breakdown). */
  points: Point[];
  calendar: CalendarFields;
  today: string;
};

const sameBreakdown = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A measure's rows as target against actual. A row's breakdown is its label ("Grade 7"; the overall row has
 * none), matched to observations' breakdowns without regard to case or spacing. Each plan year's actual is
 * the value standing for that school year (see `actualForYear`), and its standing starts from the row's
 * baseline in the first year and from the year before's actual, when there is one, after that.
 */
export function progressRows(input: ProgressRowsInput): ProgressRow[] {
  const { calendar, today } = input;
  return input.rows.map((row) => {
    const breakdown = normalizeBreakdown(row.label);
    const points = input.points.filter((p) => sameBreakdown(normalizeBreakdown(p.breakdown), breakdown));
    let previous: number | null = null;
    const years = input.years.map(({ year, label }, index) => {
      const target = row.targets.find((t) => t.year === year) ?? null;
      const actual = actualForYear(calendar, year, points);
      const months = monthsOfSchoolYear(calendar, year);
      const first = `${months[0]}-01`;
      const last = lastDayOf(months[11] as string);
      const start: number | null = index === 0 ? row.baseline : (previous ?? row.baseline);
      previous = actual?.value ?? null;
      return {
        year,
        label,
        target: target?.computed ?? null,
        targetText: target?.text ?? null,
        actual: actual?.value ?? null,
        actualPeriod: actual?.period ?? null,
        standing: measureStanding({
          target: target?.computed ?? null,
          actual: actual?.value ?? null,
          start,
          better: input.better,
          comparator: target?.comparator ?? null,
          yearOver: today > last,
          elapsed: elapsedBetween(first, last, today),
        }),
      };
    });
    return {
      label: breakdown || 'All students',
      breakdown,
      baseline: row.baseline,
      years,
      series: byPeriod(calendar, points).map((p) => ({ period: p.period, value: p.value })),
    };
  });
}
