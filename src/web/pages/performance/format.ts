import type { MetricUnit } from '../../../shared/schemas/monitoring-enums';
import { useTranslation } from '../../i18n';
import { labelOf } from './entryGrid';
import { periodLabel } from './periods';

/** Periods, breakdowns and values the way people read them, in the reader's language. */
export function usePerformanceFormat() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const allStudents = t('performance.allStudents');
  return {
    allStudents,
    period: (period: string) =>
      periodLabel(period, {
        quarter: (year, quarter) => t('performance.periods.quarter', { year, quarter }),
        month: (date) => month.format(date),
      }),
    breakdown: (breakdown: string) => labelOf(breakdown, allStudents),
    number: (value: number) => number.format(value),
    value: (value: number, unit: MetricUnit | null) =>
      t(`performance.valueWithUnit.${unit ?? 'other'}`, { value: number.format(value) }),
  };
}
