import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../shared/monitoring/calendar';
import {
  dayLabel,
  localToday,
  monthChoices,
  monthLabel,
  monthName,
  quarterChoices,
  quarterParts,
  semesterParts,
  withChosen,
} from './periods';

describe('monthChoices', () => {
  it('lists this school year up to the current month and all of last year, newest first', () => {
    const months = monthChoices(defaultCalendar, '2026-12-03');
    expect(months[0]).toBe('2026-12');
    expect(months).toContain('2026-08');
    expect(months).toContain('2025-08');
    expect(months.at(-1)).toBe('2025-08');
    expect(months).not.toContain('2027-01');
    expect(months).toHaveLength(17);
  });
});

describe('quarterChoices', () => {
  it('stops at the current quarter, which follows the reporting month', () => {
    // On 3 December the November report is still open, and November is in Q2.
    expect(quarterChoices(defaultCalendar, '2026-12-03').slice(0, 3)).toEqual([
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
    expect(quarterChoices(defaultCalendar, '2026-09-10')[0]).toBe('2026-Q1');
  });
});

describe('withChosen', () => {
  it('keeps a period from a link in the list, in order', () => {
    expect(withChosen(['2026-11', '2026-10'], '2024-09')).toEqual(['2026-11', '2026-10', '2024-09']);
    expect(withChosen(['2026-11'], '2026-11')).toEqual(['2026-11']);
    expect(withChosen(['2026-11'], undefined)).toEqual(['2026-11']);
  });
});

describe('labels', () => {
  it('names months, quarters and semesters', () => {
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(monthName(8, 'en')).toBe('August');
    expect(quarterParts(defaultCalendar, '2026-Q2', 'en')).toEqual({
      n: 2,
      year: '2026–27',
      months: 'Nov–Jan',
    });
    expect(semesterParts('2026-S2')).toEqual({ n: 2, year: '2026–27' });
    expect(dayLabel('2026-12-05', 'en')).toBe('Dec 5, 2026');
  });

  it('reads today in local time', () => {
    expect(localToday(new Date(2026, 11, 3, 23, 30))).toBe('2026-12-03');
  });
});
