import { describe, expect, it } from 'vitest';
import { periodView } from '../../../shared/plans/period';
import { currentPlan, currentSchoolYear, startYearChoices } from './schoolYears';

const plan = (id: string, startYear: number, years: number) => ({ id, period: periodView(startYear, years) });

describe('school years', () => {
  it('starts a new school year in July', () => {
    expect(currentSchoolYear(new Date(2026, 5, 30))).toBe(2025);
    expect(currentSchoolYear(new Date(2026, 6, 1))).toBe(2026);
  });

  it('offers this calendar year and two either side, this year first chosen', () => {
    expect(startYearChoices(new Date(2026, 10, 25))).toEqual({
      years: [2024, 2025, 2026, 2027, 2028],
      initial: 2026,
    });
  });

  it('defaults to the next year without a plan', () => {
    expect(startYearChoices(new Date(2026, 10, 25), [2026, 2027]).initial).toBe(2028);
  });
});

describe('currentPlan', () => {
  const today = new Date(2026, 10, 25); // school year 2026–27

  it('picks the plan whose period covers the school year under way', () => {
    const plans = [plan('next', 2027, 3), plan('now', 2025, 2), plan('old', 2020, 3)];
    expect(currentPlan(plans, today)?.id).toBe('now');
  });

  it('takes the latest start year when none covers today', () => {
    const plans = [plan('older', 2019, 3), plan('later', 2028, 1), plan('old', 2021, 2)];
    expect(currentPlan(plans, today)?.id).toBe('later');
  });

  it('prefers the latest of several covering plans and is null without plans', () => {
    expect(currentPlan([plan('a', 2024, 5), plan('b', 2026, 1)], today)?.id).toBe('b');
    expect(currentPlan([], today)).toBeNull();
  });
});
