import { describe, expect, it } from 'vitest';
import { periodView, yearLabel } from './period';
import { computeTarget, describeTarget } from './targets';

describe('targets', () => {
  it('keeps an absolute target as written', () => {
    const target = { year: 2026, kind: 'absolute', comparator: 'at_least', value: 30 } as const;
    expect(computeTarget(target, 18)).toBe(30);
    expect(describeTarget(target, 18, '%')).toBe('at least 30%');
  });

  it('adds a change to the baseline', () => {
    const target = { year: 2027, kind: 'change', comparator: 'at_least', value: 4 } as const;
    expect(computeTarget(target, 18.5)).toBe(22.5);
    expect(describeTarget(target, 18.5, 'points')).toBe('+4 points (22.5 points)');
  });

  it('cannot compute a change without a baseline', () => {
    const target = { year: 2027, kind: 'change', comparator: 'at_least', value: -2 } as const;
    expect(computeTarget(target, null)).toBeNull();
    expect(describeTarget(target, null, '%')).toBe('−2% (baseline needed)');
  });

  it('writes at most and exact levels', () => {
    expect(describeTarget({ year: 2026, kind: 'absolute', comparator: 'at_most', value: 5 }, null, '%')).toBe(
      'at most 5%',
    );
    expect(
      describeTarget({ year: 2026, kind: 'absolute', comparator: 'exactly', value: 3 }, null, null),
    ).toBe('3');
  });
});

describe('periods', () => {
  it('labels school years across the century', () => {
    expect(yearLabel(2026)).toBe('2026–27');
    expect(yearLabel(2099)).toBe('2099–00');
  });

  it('labels a plan period and its years', () => {
    const period = periodView(2026, 3);
    expect(period.label).toBe('2026–27 to 2028–29');
    expect(period.yearLabels.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(periodView(2026, 1).label).toBe('2026–27');
  });
});
