import { describe, expect, it } from 'vitest';
import type { CalendarFields } from '../schemas/monitoring';
import {
  addMonths,
  defaultCalendar as cal,
  calendarProblems,
  currentQuarter,
  isDueForReport,
  isLate,
  lastDayOf,
  monthsOfQuarter,
  monthsOfSchoolYear,
  monthsOfSemester,
  parseQuarter,
  parseSemester,
  periodEndDate,
  periodStartDate,
  previousMonth,
  quarterOf,
  quartersOfYear,
  reportingMonth,
  schoolYearOf,
  semesterOf,
  semesterOfQuarter,
  statusDueDate,
} from './calendar';

const july: CalendarFields = {
  yearStartMonth: 7,
  statusDueDay: 10,
  quarterStartMonths: [7, 10, 1, 4],
  semesterStartMonths: [7, 1],
  annualReviewMonth: 5,
};

describe('calendar problems', () => {
  it('accepts the default calendar and a July one', () => {
    expect(calendarProblems(cal)).toEqual([]);
    expect(calendarProblems(july)).toEqual([]);
  });

  it('asks the first quarter and semester to start with the school year', () => {
    const problems = calendarProblems({
      ...cal,
      quarterStartMonths: [9, 11, 2, 5],
      semesterStartMonths: [1, 8],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'quarterStartMonths.0',
      'semesterStartMonths.0',
      'semesterStartMonths.1',
    ]);
    expect(problems[0]?.message).toContain('August');
  });

  it('asks quarters to follow school-year order without repeats', () => {
    const problems = calendarProblems({ ...cal, quarterStartMonths: [8, 2, 11, 11] });
    expect(problems.map((p) => p.path)).toEqual(['quarterStartMonths.2', 'quarterStartMonths.3']);
  });
});

describe('months', () => {
  it('adds and subtracts months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });

  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-11')).toBe('2026-11-30');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});

describe('school years, quarters and semesters', () => {
  it('names the school year by the year it starts', () => {
    expect(schoolYearOf(cal, '2026-11')).toBe(2026);
    expect(schoolYearOf(cal, '2027-03')).toBe(2026);
    expect(schoolYearOf(cal, '2026-08')).toBe(2026);
    expect(schoolYearOf(cal, '2026-07')).toBe(2025);
    expect(monthsOfSchoolYear(cal, 2026)).toHaveLength(12);
    expect(monthsOfSchoolYear(cal, 2026)[0]).toBe('2026-08');
    expect(monthsOfSchoolYear(cal, 2026)[11]).toBe('2027-07');
  });

  it('places months in quarters and semesters', () => {
    expect(quarterOf(cal, '2026-08')).toBe('2026-Q1');
    expect(quarterOf(cal, '2026-10')).toBe('2026-Q1');
    expect(quarterOf(cal, '2027-01')).toBe('2026-Q2');
    expect(quarterOf(cal, '2027-03')).toBe('2026-Q3');
    expect(quarterOf(cal, '2027-07')).toBe('2026-Q4');
    expect(semesterOf(cal, '2026-12')).toBe('2026-S1');
    expect(semesterOf(cal, '2027-01')).toBe('2026-S2');
    expect(semesterOf(cal, '2027-07')).toBe('2026-S2');
  });

  it('lists the months of a quarter and a semester', () => {
    expect(monthsOfQuarter(cal, '2026-Q2')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOfQuarter(cal, '2026-Q4')).toEqual(['2027-05', '2027-06', '2027-07']);
    expect(monthsOfSemester(cal, '2026-S1')).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(monthsOfSemester(cal, '2026-S2')).toHaveLength(7);
    expect(monthsOfQuarter(july, '2026-Q3')).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('parses periods and lists a year’s quarters', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, n: 3 });
    expect(parseSemester('2026-S2')).toEqual({ year: 2026, n: 2 });
    expect(() => parseQuarter('2026-Q5')).toThrow();
    expect(quartersOfYear(2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('gives period start and end dates and the semester a quarter reports against', () => {
    expect(periodStartDate(cal, '2026-Q2')).toBe('2026-11-01');
    expect(periodEndDate(cal, '2026-Q2')).toBe('2027-01-31');
    expect(periodEndDate(cal, '2026-S1')).toBe('2026-12-31');
    expect(periodEndDate(cal, '2026-S2')).toBe('2027-07-31');
    expect(semesterOfQuarter(cal, '2026-Q1')).toBe('2026-S1');
    expect(semesterOfQuarter(cal, '2026-Q2')).toBe('2026-S1');
    expect(semesterOfQuarter(cal, '2026-Q3')).toBe('2026-S2');
  });
});

describe('due dates', () => {
  it('makes a month’s status due on the due day of the next month', () => {
    expect(statusDueDate(cal, '2026-12')).toBe('2027-01-05');
    expect(statusDueDate(july, '2026-09')).toBe('2026-10-10');
  });

  it('works on last month’s report until the due day, then on this month’s', () => {
    expect(reportingMonth(cal, '2026-11-05')).toBe('2026-10');
    expect(reportingMonth(cal, '2026-11-06')).toBe('2026-11');
    expect(reportingMonth(cal, '2027-01-01')).toBe('2026-12');
    expect(currentQuarter(cal, '2026-11-03')).toBe('2026-Q1');
    expect(currentQuarter(cal, '2026-11-20')).toBe('2026-Q2');
  });

  it('calls a report late only after its due day', () => {
    expect(isLate(cal, '2026-10', '2026-11-05')).toBe(false);
    expect(isLate(cal, '2026-10', '2026-11-06')).toBe(true);
  });

  it('expects reports from actions that have started and are not closed', () => {
    const action = { startDate: '2026-09-15', endDate: '2026-10-31' };
    expect(isDueForReport(action, null, '2026-08')).toBe(false);
    expect(isDueForReport(action, null, '2026-09')).toBe(true);
    expect(isDueForReport({ startDate: null, endDate: null }, null, '2026-08')).toBe(true);
    expect(isDueForReport(action, 'completed', '2026-10')).toBe(false);
    expect(isDueForReport(action, 'cancelled', '2026-10')).toBe(false);
    // Past its end and not done: still due, because it is behind.
    expect(isDueForReport(action, 'behind', '2026-12')).toBe(true);
  });
});
