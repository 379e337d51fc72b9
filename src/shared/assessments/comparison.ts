import type { Scale } from './scale';

export const changes = ['improved', 'same', 'declined', 'not-rated'] as const;
export type Change = (typeof changes)[number];

/** An item's change between two assessments by the levels they settled on; unrated on either side is not a change. */
export function changeOf(before: string | null, after: string | null, scale: Scale): Change {
  const a = before === null ? undefined : scale.rank.get(before);
  const b = after === null ? undefined : scale.rank.get(after);
  if (a === undefined || b === undefined) return 'not-rated';
  return b > a ? 'improved' : b < a ? 'declined' : 'same';
}

export function summarizeChanges(list: readonly Change[]) {
  const count = (c: Change) => list.filter((x) => x === c).length;
  return { improved: count('improved'), same: count('same'), declined: count('declined') };
}

/** One word for a whole assessment against the one before: more items up than down is an improvement. */
export function trendOf(summary: { improved: number; declined: number }): 'improved' | 'same' | 'declined' {
  if (summary.improved > summary.declined) return 'improved';
  if (summary.declined > summary.improved) return 'declined';
  return 'same';
}
