import { comparePeriods } from './periods';

export type ChartPoint = { period: string } & Record<string, number | string | null>;
export type ChartSeries = { name: string; label: string };

/**
 * One line per breakdown over the periods observed, the overall line first. Series are keyed `s0`, `s1`…
 * because breakdown names are free text and chart keys must be plain.
 */
export function breakdownChart(
  observations: readonly { period: string; breakdown: string; value: number }[],
  labelOf: (breakdown: string) => string,
  periodLabel: (period: string) => string,
): { data: ChartPoint[]; series: ChartSeries[] } {
  const breakdowns = [...new Set(observations.map((o) => o.breakdown))].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, undefined, { numeric: true }),
  );
  const keyOf = new Map(breakdowns.map((b, i) => [b, `s${i}`]));
  const periods = [...new Set(observations.map((o) => o.period))].sort(comparePeriods);
  const data = periods.map((period) => {
    const point: ChartPoint = { period: periodLabel(period) };
    for (const b of breakdowns) point[keyOf.get(b) as string] = null;
    for (const o of observations) if (o.period === period) point[keyOf.get(o.breakdown) as string] = o.value;
    return point;
  });
  return { data, series: breakdowns.map((b) => ({ name: keyOf.get(b) as string, label: labelOf(b) })) };
}

/**
 * A measure row's actuals over time against its targets: every observed period and every plan year on one
 * axis, `actual` where there is an observation and `target` at the years that have one.
 */
export function targetChart(
  series: readonly { period: string; value: number }[],
  years: readonly { year: number; target: number | null }[],
  periodLabel: (period: string) => string,
): ChartPoint[] {
  const periods = new Set(series.map((s) => s.period));
  for (const y of years) if (y.target !== null) periods.add(String(y.year));
  return [...periods].sort(comparePeriods).map((period) => ({
    period: periodLabel(period),
    actual: series.find((s) => s.period === period)?.value ?? null,
    target: years.find((y) => String(y.year) === period)?.target ?? null,
  }));
}
