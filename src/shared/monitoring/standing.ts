import type { MetricDirection } from '../schemas/monitoring-enums';
import type { MeasureStanding } from '../schemas/performance';
import type { Target } from '../schemas/plan-inputs';

/**
 * Where a measure stands for one plan year, judged in this order:
 *
 * 1. not_due   — the school year has not started yet (nothing can be expected of it).
 * 2. no_data   — there is no actual yet, or no target for the year to compare it with.
 * 3. met       — the actual reaches the target in the better direction (at or above it when higher is better,
 *                at or below it when lower is better).
 * 4. off_track — not met and the year is over.
 * 5. on_track  — not met, the year is under way, and the actual is at least where a straight line from the
 *                level the year started at (`start`) to the target would be by now (`elapsed` of the year);
 *                off_track otherwise. Without a starting level no line can be drawn, so an unmet target
 *                during the year is off_track: the only evidence is the target itself.
 *
 * The better direction is the metric's when the measure is linked to one; otherwise the target's comparator
 * says it (at least → higher, at most → lower), and "exactly" points from the starting level towards the
 * target (higher when there is no starting level or it equals the target).
 */
export type StandingInput = {
  target: number | null;
  actual: number | null;
  /** The level the year started from: the row's baseline for the first year, the year before's actual later. */
  start: number | null;
  better: MetricDirection | null;
  comparator: Target['comparator'] | null;
  /** The school year has ended. */
  yearOver: boolean;
  /** How far into the school year today is: 0 before it starts, 1 at its end. */
  elapsed: number;
};

// Values are stored with four decimals; anything closer than this is the same value.
const epsilon = 1e-6;

export function betterDirection(
  better: MetricDirection | null,
  comparator: Target['comparator'] | null,
  start: number | null,
  target: number | null,
): MetricDirection {
  if (better) return better;
  if (comparator === 'at_most') return 'lower';
  if (comparator === 'exactly' && start !== null && target !== null && start > target) return 'lower';
  return 'higher';
}

/** At least as good as `level` in the better direction. */
function reaches(actual: number, level: number, direction: MetricDirection): boolean {
  return direction === 'higher' ? actual >= level - epsilon : actual <= level + epsilon;
}

export function measureStanding(input: StandingInput): MeasureStanding {
  const { target, actual, start, yearOver } = input;
  const elapsed = Math.min(1, Math.max(0, input.elapsed));
  if (!yearOver && elapsed <= 0) return 'not_due';
  if (actual === null || target === null) return 'no_data';
  const direction = betterDirection(input.better, input.comparator, start, target);
  if (reaches(actual, target, direction)) return 'met';
  if (yearOver || start === null) return 'off_track';
  const expected = start + (target - start) * elapsed;
  return reaches(actual, expected, direction) ? 'on_track' : 'off_track';
}

const day = 24 * 60 * 60 * 1000;

/**
 * How far into a period the end of `today` is, from its first day to its last (ISO dates), between 0 and 1:
 * its first day already counts, so a year that has begun is never "not due".
 */
export function elapsedBetween(first: string, last: string, today: string): number {
  const from = Date.parse(first);
  const to = Date.parse(last) + day;
  const now = Date.parse(today) + day;
  if (now < from) return 0;
  if (now >= to) return 1;
  return (now - from) / (to - from);
}
