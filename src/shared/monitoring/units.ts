import type { MetricUnit } from '../schemas/monitoring-enums';

/**
 * Why a value cannot be one of a metric's, or null. A percent is stored as the number before the sign
 * (45.2 for 45.2%), so it runs from 0 to 100; counts and days are never negative. Scores, rates, dollars
 * and other units can take any value (a change in dollars may be negative, a scale score has no fixed range).
 */
export function unitProblem(unit: MetricUnit, value: number): string | null {
  switch (unit) {
    case 'percent':
      return value < 0 || value > 100 ? `${value} is not a percent: use a number from 0 to 100.` : null;
    case 'count':
      return value < 0 ? 'A count cannot be negative.' : null;
    case 'days':
      return value < 0 ? 'A number of days cannot be negative.' : null;
    default:
      return null;
  }
}
