import { describe, expect, it } from 'vitest';
import { localDay, todayIso } from './dates';

describe('date-only values', () => {
  it('writes today in the reader’s calendar', () => {
    expect(todayIso(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });

  it('reads a day as that local day', () => {
    const day = localDay('2026-11-05');
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 10, 5]);
  });
});
