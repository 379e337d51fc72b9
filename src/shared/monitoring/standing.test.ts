import { describe, expect, it } from 'vitest';
import { betterDirection, elapsedBetween, measureStanding, type StandingInput } from './standing';

const base: StandingInput = {
  target: 50,
  actual: null,
  start: 42,
  better: null,
  comparator: 'at_least',
  yearOver: false,
  elapsed: 0.5,
};
const standing = (changes: Partial<StandingInput>) => measureStanding({ ...base, ...changes });

describe('measureStanding', () => {
  it('is not due before the year starts, whatever the data says', () => {
    expect(standing({ elapsed: 0, actual: 10 })).toBe('not_due');
    expect(standing({ elapsed: -0.2, actual: 60 })).toBe('not_due');
  });

  it('has no data without an actual or without a target', () => {
    expect(standing({ actual: null })).toBe('no_data');
    expect(standing({ actual: 60, target: null })).toBe('no_data');
    expect(standing({ actual: null, yearOver: true, elapsed: 1 })).toBe('no_data');
  });

  it('is met at or beyond the target in the better direction, during the year or after it', () => {
    expect(standing({ actual: 50 })).toBe('met');
    expect(standing({ actual: 51.5, yearOver: true, elapsed: 1 })).toBe('met');
    // Stored with four decimals: 49.99999999 is the target.
    expect(standing({ actual: 49.99999999 })).toBe('met');
  });

  it('is off track when the year is over and the target was missed', () => {
    expect(standing({ actual: 49, yearOver: true, elapsed: 1 })).toBe('off_track');
  });

  it('during the year, compares with a straight line from the starting level to the target', () => {
    // Halfway from 42 to 50 is 46.
    expect(standing({ actual: 46 })).toBe('on_track');
    expect(standing({ actual: 45.9 })).toBe('off_track');
    // A quarter into the year the line is at 44.
    expect(standing({ actual: 44, elapsed: 0.25 })).toBe('on_track');
    expect(standing({ actual: 43.9, elapsed: 0.25 })).toBe('off_track');
  });

  it('without a starting level, an unmet target during the year is off track', () => {
    expect(standing({ start: null, actual: 49 })).toBe('off_track');
    expect(standing({ start: null, actual: 50 })).toBe('met');
  });

  it('when lower is better, reaching means at or below', () => {
    // Chronic absence from 20% down to 12%: halfway, the line is at 16.
    const absence = { target: 12, start: 20, better: 'lower' as const, comparator: 'at_most' as const };
    expect(standing({ ...absence, actual: 12 })).toBe('met');
    expect(standing({ ...absence, actual: 16 })).toBe('on_track');
    expect(standing({ ...absence, actual: 17 })).toBe('off_track');
    expect(standing({ ...absence, actual: 13, yearOver: true, elapsed: 1 })).toBe('off_track');
  });

  it('follows the metric’s direction over the comparator', () => {
    // A metric where lower is better, with a target worded "at least 10": 9 reaches it.
    expect(standing({ target: 10, start: 14, better: 'lower', actual: 9 })).toBe('met');
    expect(standing({ target: 10, start: 14, better: null, actual: 9 })).toBe('off_track');
  });
});

describe('betterDirection', () => {
  it('takes the metric’s, else the comparator’s, and "exactly" points from the start to the target', () => {
    expect(betterDirection('lower', 'at_least', 1, 2)).toBe('lower');
    expect(betterDirection(null, 'at_least', null, 2)).toBe('higher');
    expect(betterDirection(null, 'at_most', null, 2)).toBe('lower');
    expect(betterDirection(null, 'exactly', 30, 20)).toBe('lower');
    expect(betterDirection(null, 'exactly', 10, 20)).toBe('higher');
    expect(betterDirection(null, 'exactly', null, 20)).toBe('higher');
    expect(betterDirection(null, null, null, null)).toBe('higher');
  });
});

describe('elapsedBetween', () => {
  it('counts the end of today: the first day has begun, the last day finishes the period', () => {
    // 2026-08-01 to 2027-07-31 is 365 days.
    expect(elapsedBetween('2026-08-01', '2027-07-31', '2026-07-31')).toBe(0);
    expect(elapsedBetween('2026-08-01', '2027-07-31', '2026-08-01')).toBeCloseTo(1 / 365, 10);
    expect(elapsedBetween('2026-08-01', '2027-07-31', '2027-01-30')).toBeCloseTo(183 / 365, 10);
    expect(elapsedBetween('2026-08-01', '2027-07-31', '2027-07-31')).toBe(1);
    expect(elapsedBetween('2026-08-01', '2027-07-31', '2028-01-01')).toBe(1);
  });
});
