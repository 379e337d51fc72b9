import type { PlanSummary } from '../../../shared/schemas/plan';

/** The start year of the school year under way: from July a new one begins. */
export function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
}

/**
 * First school years a new plan may start in: two either side of this calendar year. The calendar year is
 * the default, as it names the school year under way in the autumn and the one being planned in spring;
 * when a plan already starts then, the next free year after it.
 */
export function startYearChoices(
  today = new Date(),
  taken: readonly number[] = [],
): { years: number[]; initial: number } {
  const year = today.getFullYear();
  const years = [-2, -1, 0, 1, 2].map((offset) => year + offset);
  const initial = years.find((y) => y >= year && !taken.includes(y)) ?? year;
  return { years, initial };
}

/** The plan whose period covers the school year under way, else the latest by start year. */
export function currentPlan<T extends Pick<PlanSummary, 'period'>>(
  plans: readonly T[],
  today = new Date(),
): T | null {
  const year = currentSchoolYear(today);
  const covering = plans.filter(
    (p) => p.period.startYear <= year && year < p.period.startYear + p.period.years,
  );
  const pool = covering.length > 0 ? covering : plans;
  return pool.reduce<T | null>(
    (latest, p) => (latest === null || p.period.startYear > latest.period.startYear ? p : latest),
    null,
  );
}
