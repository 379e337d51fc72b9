import type { PeriodView } from '../schemas/plan';

/** A school year by its start: 2026 → "2026–27". */
export function yearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** A plan period: 2026 for 3 years → "2026–27 to 2028–29". */
export function periodView(startYear: number, years: number): PeriodView {
  const yearLabels = Array.from({ length: years }, (_, i) => ({
    year: startYear + i,
    label: yearLabel(startYear + i),
  }));
  const last = yearLabels[yearLabels.length - 1]?.label ?? yearLabel(startYear);
  return {
    startYear,
    years,
    label: years <= 1 ? yearLabel(startYear) : `${yearLabel(startYear)} to ${last}`,
    yearLabels,
  };
}
