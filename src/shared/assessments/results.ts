import { bandSize, levelAtRank, type Scale } from './scale';

const round = (n: number) => Math.round(n * 100) / 100;

function known(levelKeys: readonly (string | null)[], scale: Scale): string[] {
  return levelKeys.filter((k): k is string => k !== null && scale.rank.has(k));
}

/** How many ratings fell on each level; every level of the scale is listed, so a heat map has no gaps. */
export function distributionOf(levelKeys: readonly (string | null)[], scale: Scale): Record<string, number> {
  const counts = Object.fromEntries(scale.levels.map((l) => [l.key, 0]));
  for (const key of known(levelKeys, scale)) counts[key] += 1;
  return counts;
}

/**
 * Disagreement means the ratings of one item lie two or more levels apart (highest rank − lowest rank ≥ 2;
 * on the shipped scales the rank is the level's value). Neighbouring levels are ordinary differences of
 * judgement about a descriptor's edge; a gap of two or more levels signals that the team reads the descriptors,
 * or the evidence, differently and should talk it through before settling a consensus.
 */
export function hasDisagreement(levelKeys: readonly (string | null)[], scale: Scale): boolean {
  const ranks = known(levelKeys, scale).map((k) => scale.rank.get(k) as number);
  if (ranks.length < 2) return false;
  return Math.max(...ranks) - Math.min(...ranks) >= 2;
}

export function meanValue(levelKeys: readonly (string | null)[], scale: Scale): number | null {
  const values = known(levelKeys, scale).map((k) => scale.value.get(k) as number);
  return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

export function medianRank(levelKeys: readonly (string | null)[], scale: Scale): number | null {
  const ranks = known(levelKeys, scale)
    .map((k) => scale.rank.get(k) as number)
    .sort((a, b) => a - b);
  if (ranks.length === 0) return null;
  const mid = Math.floor(ranks.length / 2);
  return ranks.length % 2 ? ranks[mid] : (ranks[mid - 1] + ranks[mid]) / 2;
}

export type ItemInput = { consensus: string | null; ratings: readonly (string | null)[] };

/** Where the team stands on an item: its consensus when there is one, else the middle of the ratings. */
export function settledRank(item: ItemInput, scale: Scale): number | null {
  if (item.consensus !== null && scale.rank.has(item.consensus)) {
    return scale.rank.get(item.consensus) as number;
  }
  return medianRank(item.ratings, scale);
}

/** The level an item settled on, for comparisons and carried priorities; a split median reads as the lower level. */
export function settledLevel(item: ItemInput, scale: Scale): string | null {
  const rank = settledRank(item, scale);
  return rank === null ? null : levelAtRank(scale, rank);
}

/** An item's number for section averages: the consensus level's value, else the mean of the ratings. */
export function itemScore(item: ItemInput, scale: Scale): number | null {
  if (item.consensus !== null && scale.value.has(item.consensus)) {
    return scale.value.get(item.consensus) as number;
  }
  return meanValue(item.ratings, scale);
}

/**
 * Strength when the item settled in the top band of the scale, challenge in the bottom band, else neither. A
 * median split across a band's edge (half the team at the top, half just below) is in neither band.
 */
export function standing(item: ItemInput, scale: Scale): 'strength' | 'challenge' | null {
  const rank = settledRank(item, scale);
  if (rank === null) return null;
  const band = bandSize(scale.levels.length);
  if (rank >= scale.levels.length - band + 1) return 'strength';
  if (rank <= band) return 'challenge';
  return null;
}

export type SectionFigures = { average: number | null; strengths: string[]; challenges: string[] };

/** A section's average and its strengths and challenges, over every item in it or in the sections inside it. */
export function sectionFigures(
  items: readonly (ItemInput & { key: string })[],
  scale: Scale,
): SectionFigures {
  const scores = items.map((i) => itemScore(i, scale)).filter((s): s is number => s !== null);
  return {
    average: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    strengths: items.filter((i) => standing(i, scale) === 'strength').map((i) => i.key),
    challenges: items.filter((i) => standing(i, scale) === 'challenge').map((i) => i.key),
  };
}
