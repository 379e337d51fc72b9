import { describe, expect, it } from 'vitest';
import { unitProblem } from './units';

describe('unitProblem', () => {
  it('keeps percents between 0 and 100, both ends included', () => {
    expect(unitProblem('percent', 0)).toBeNull();
    expect(unitProblem('percent', 100)).toBeNull();
    expect(unitProblem('percent', 45.2)).toBeNull();
    expect(unitProblem('percent', 100.1)).toBe('100.1 is not a percent: use a number from 0 to 100.');
    expect(unitProblem('percent', -1)).toBe('-1 is not a percent: use a number from 0 to 100.');
  });

  it('refuses negative counts and days', () => {
    expect(unitProblem('count', -2)).toBe('A count cannot be negative.');
    expect(unitProblem('days', -0.5)).toBe('A number of days cannot be negative.');
    expect(unitProblem('count', 0)).toBeNull();
    expect(unitProblem('days', 180)).toBeNull();
  });

  it('leaves scores, rates, dollars and other units free', () => {
    for (const unit of ['score', 'rate', 'dollars', 'other'] as const) {
      expect(unitProblem(unit, -250)).toBeNull();
      expect(unitProblem(unit, 1e6)).toBeNull();
    }
  });
});
