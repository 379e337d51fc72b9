import type { Support } from '../../../shared/schemas/supports';

export type PracticeRow = {
  /** null for supports not coded to a practice. */
  code: string | null;
  total: number;
  /** Asked for or accepted, not yet provided. */
  open: number;
  /** Provided, rated or not. */
  provided: number;
  /** The mean of the ratings given, to one decimal; null before any. */
  averageRating: number | null;
};

/** Supports counted by practice, coded practices in code order and the uncoded last. */
export function practiceSummary(
  items: readonly Pick<Support, 'practiceCode' | 'status' | 'effectivenessRating'>[],
) {
  const rows = new Map<string | null, PracticeRow & { ratings: number[] }>();
  for (const item of items) {
    const row = rows.get(item.practiceCode) ?? {
      code: item.practiceCode,
      total: 0,
      open: 0,
      provided: 0,
      averageRating: null,
      ratings: [],
    };
    row.total += 1;
    if (item.status === 'requested' || item.status === 'accepted') row.open += 1;
    if (item.status === 'provided' || item.status === 'closed') row.provided += 1;
    if (item.effectivenessRating !== null) row.ratings.push(item.effectivenessRating);
    rows.set(item.practiceCode, row);
  }
  return [...rows.values()]
    .sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : a.code.localeCompare(b.code)))
    .map(
      ({ ratings, ...row }): PracticeRow => ({
        ...row,
        averageRating: ratings.length
          ? Math.round((ratings.reduce((sum, r) => sum + r, 0) / ratings.length) * 10) / 10
          : null,
      }),
    );
}
