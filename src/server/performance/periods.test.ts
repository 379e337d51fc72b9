import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import { actualForYear, byPeriod, periodKind, periodSortKey, schoolYearOfPeriod } from './periods';

const cal = defaultCalendar;
const points = (...periods: string[]) => periods.map((period, i) => ({ period, value: i }));

describe('observation periods', () => {
  it('knows a year, a quarter and a month, and the school year each belongs to', () => {
    expect(periodKind('2026')).toBe('year');
    expect(periodKind('2026-Q3')).toBe('quarter');
    expect(periodKind('2027-03')).toBe('month');
    expect(schoolYearOfPeriod(cal, '2026')).toBe(2026);
    expect(schoolYearOfPeriod(cal, '2026-Q3')).toBe(2026);
    // With an August school year, March 2027 is in 2026–27 and August 2026 starts it.
    expect(schoolYearOfPeriod(cal, '2027-03')).toBe(2026);
    expect(schoolYearOfPeriod(cal, '2026-08')).toBe(2026);
    expect(schoolYearOfPeriod(cal, '2026-07')).toBe(2025);
  });

  it('orders by when a period ends: month, then the quarter it closes, then the year', () => {
    // 2026-Q1 is August–October 2026; the school year 2026 ends in July 2027.
    expect(periodSortKey(cal, '2026-Q1')).toBe('2026-10:1');
    expect(periodSortKey(cal, '2026')).toBe('2027-07:2');
    const ordered = byPeriod(
      cal,
      points('2026', '2027-07', '2026-Q4', '2026-Q1', '2026-10', '2025', '2026-09'),
    );
    expect(ordered.map((p) => p.period)).toEqual([
      '2025',
      '2026-09',
      '2026-10',
      '2026-Q1',
      // The fourth quarter is May–July 2027: it closes with July, after the month itself.
      '2027-07',
      '2026-Q4',
      '2026',
    ]);
  });

  it('takes the annual figure for a year, else its latest quarter, else its latest month', () => {
    expect(actualForYear(cal, 2026, points('2026-Q1', '2026', '2026-Q2'))?.period).toBe('2026');
    expect(actualForYear(cal, 2026, points('2026-Q1', '2026-Q3', '2026-Q2', '2027-05'))?.period).toBe(
      '2026-Q3',
    );
    // March 2027 is later in the 2026–27 year than November 2026; August 2027 is the next year.
    expect(actualForYear(cal, 2026, points('2026-11', '2027-03', '2027-08', '2025'))?.period).toBe('2027-03');
    expect(actualForYear(cal, 2027, points('2026', '2026-Q4'))).toBeNull();
  });
});
