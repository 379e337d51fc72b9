import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import { addDays, localTime } from './local-time';
import { latestOverdueMonth, monthDueSoon } from './windows';

const dueOnThe2nd = { ...defaultCalendar, statusDueDay: 2 };

describe('reminder windows', () => {
  it('opens three days before the due date and closes after it', () => {
    // November's status is due on 5 December under the default calendar.
    expect(monthDueSoon(defaultCalendar, '2026-12-01')).toBeNull();
    expect(monthDueSoon(defaultCalendar, '2026-12-02')).toBe('2026-11');
    expect(monthDueSoon(defaultCalendar, '2026-12-05')).toBe('2026-11');
    expect(monthDueSoon(defaultCalendar, '2026-12-06')).toBeNull();
    expect(monthDueSoon(defaultCalendar, '2026-12-31')).toBeNull();
  });

  it('opens in the reported month itself when the due day is early', () => {
    expect(monthDueSoon(dueOnThe2nd, '2026-11-28')).toBeNull();
    expect(monthDueSoon(dueOnThe2nd, '2026-11-29')).toBe('2026-11');
    expect(monthDueSoon(dueOnThe2nd, '2026-12-02')).toBe('2026-11');
    expect(monthDueSoon(dueOnThe2nd, '2026-12-03')).toBeNull();
    // Across a year end: December's status is due on 2 January.
    expect(monthDueSoon(dueOnThe2nd, '2026-12-30')).toBe('2026-12');
  });

  it('names the latest month whose due date has passed', () => {
    expect(latestOverdueMonth(defaultCalendar, '2026-12-05')).toBe('2026-10');
    expect(latestOverdueMonth(defaultCalendar, '2026-12-06')).toBe('2026-11');
    expect(latestOverdueMonth(defaultCalendar, '2027-01-01')).toBe('2026-11');
    expect(latestOverdueMonth(defaultCalendar, '2027-01-06')).toBe('2026-12');
  });
});

describe('local time', () => {
  it('reads the date and hour in the configured time zone', () => {
    const instant = new Date('2026-12-02T04:30:00Z');
    expect(localTime(instant, 'UTC')).toEqual({ date: '2026-12-02', hour: 4 });
    expect(localTime(instant, 'America/Chicago')).toEqual({ date: '2026-12-01', hour: 22 });
    expect(localTime(new Date('2026-12-01T23:59:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-12-02',
      hour: 0,
    });
  });

  it('moves dates across month and year ends', () => {
    expect(addDays('2026-12-05', -3)).toBe('2026-12-02');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
