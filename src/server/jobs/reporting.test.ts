import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import { effectiveCalendar, planInEffect } from './reporting';

describe('an organization’s reporting', () => {
  const state = { ...defaultCalendar, statusDueDay: 10 };
  const district = { ...defaultCalendar, statusDueDay: 15 };

  it('uses its own calendar, else the nearest one above, else the default', () => {
    const own = new Map([
      ['s', state],
      ['d', district],
    ]);
    expect(effectiveCalendar('s/d/x/', own)).toBe(district);
    expect(effectiveCalendar('s/e/x/', own)).toBe(state);
    expect(effectiveCalendar('t/e/x/', own)).toBe(defaultCalendar);
    expect(effectiveCalendar('s/d/', new Map([['d', state]]))).toBe(state);
  });

  it('finds the plan covering the month’s school year, the latest to start when two do', () => {
    const first = { id: 'first', startYear: 2024, years: 3 };
    const next = { id: 'next', startYear: 2026, years: 3 };
    // With the default August start, July 2026 is in 2025–26 and August 2026 in 2026–27.
    expect(planInEffect([first, next], defaultCalendar, '2026-07')).toBe(first);
    expect(planInEffect([first, next], defaultCalendar, '2026-08')).toBe(next);
    expect(planInEffect([first], defaultCalendar, '2027-08')).toBeNull();
    expect(planInEffect([], defaultCalendar, '2026-08')).toBeNull();
  });
});
