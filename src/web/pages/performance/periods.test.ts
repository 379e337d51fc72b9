import { describe, expect, it } from 'vitest';
import { comparePeriods, periodLabel, periodParts, periodPosition, schoolYearOf } from './periods';

const text = {
  quarter: (year: string, quarter: number) => `${year} Q${quarter}`,
  month: (date: Date) => `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}`,
};

describe('periods', () => {
  it('splits the three kinds and refuses anything else', () => {
    expect(periodParts('2026')).toEqual({ kind: 'year', year: 2026 });
    expect(periodParts('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(periodParts('2026-11')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(periodParts('2026-13')).toBeNull();
    expect(periodParts('2026-Q5')).toBeNull();
    expect(periodParts('26')).toBeNull();
  });

  it('puts spring months in the school year that began the summer before', () => {
    expect(schoolYearOf('2026-07')).toBe(2026);
    expect(schoolYearOf('2027-06')).toBe(2026);
    expect(schoolYearOf('2027-03')).toBe(2026);
    expect(schoolYearOf('2026-Q4')).toBe(2026);
    expect(schoolYearOf('2026')).toBe(2026);
    expect(schoolYearOf('x')).toBeNull();
  });

  it('orders months, quarters and years along the school year', () => {
    const periods = ['2027', '2026', '2027-03', '2026-Q1', '2026-09', '2026-Q4', '2027-06', '2025-Q3'];
    expect([...periods].sort(comparePeriods)).toEqual([
      '2025-Q3',
      '2026-09',
      '2026-Q1',
      '2027-03',
      '2027-06',
      '2026-Q4',
      '2026',
      '2027',
    ]);
    // September is the third month of the school year; the first quarter ends a quarter of the way.
    expect(periodPosition('2026-09')).toBeCloseTo(2026.25);
    expect(periodPosition('2026-Q1')).toBeCloseTo(2026.25);
  });

  it('labels school years with both calendar years', () => {
    expect(periodLabel('2026', text)).toBe('2026–27');
    expect(periodLabel('2029-Q3', text)).toBe('2029–30 Q3');
    expect(periodLabel('2026-11', text)).toBe('2026/11');
    expect(periodLabel('soon', text)).toBe('soon');
  });
});
