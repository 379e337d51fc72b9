import type { FrameworkLevel } from '../schemas/framework-format';

/**
 * A framework's scale, low to high as the file lists it. `rank` is the level's place on the scale (1 = lowest);
 * `value` is the number the framework gives it for averages, falling back to the rank when it gives none.
 */
export type Scale = { levels: FrameworkLevel[]; rank: Map<string, number>; value: Map<string, number> };

export function scaleOf(levels: FrameworkLevel[]): Scale {
  return {
    levels,
    rank: new Map(levels.map((l, i) => [l.key, i + 1])),
    value: new Map(levels.map((l, i) => [l.key, l.value ?? i + 1])),
  };
}

/**
 * How many levels at each end of the scale count as "top" and "bottom" for strengths and challenges: one on
 * the short scales the source rubrics use, more on long ones so a six-point scale still has a band at each end.
 * The two bands never meet, so no item is both a strength and a challenge.
 */
export function bandSize(levelCount: number): number {
  return Math.max(1, Math.floor(levelCount / 3));
}

/** The level whose rank is nearest below or at `rank` (a median of 2.5 reads as the second level). */
export function levelAtRank(scale: Scale, rank: number): string | null {
  const index = Math.floor(rank) - 1;
  return scale.levels[index]?.key ?? null;
}
