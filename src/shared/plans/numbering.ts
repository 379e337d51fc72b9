/**
 * Plan numbers as the template writes them: priorities 1, 2; strategies 1.1; milestones 1.1.1; actions
 * 1.1.1.1; goals, root causes and measures count from 1 in their own list. Numbers follow the stored
 * `position` order and are never stored, so a reorder or a delete renumbers everything below at once.
 */

type Positioned = { id: string; position: number; createdAt?: Date | string };

const time = (value: Date | string | undefined) =>
  value === undefined ? 0 : value instanceof Date ? value.getTime() : Date.parse(value);

/** Siblings in position order; equal positions (never expected) fall back to age, then id, so order is stable. */
export function byPosition<T extends Positioned>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.position - b.position ||
      time(a.createdAt) - time(b.createdAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The number of the sibling at `index` (from 0) under a parent numbered `parent` ("1.2" → "1.2.3"). */
export function childNumber(parent: string | null, index: number): string {
  return parent ? `${parent}.${index + 1}` : String(index + 1);
}

/** Sorts siblings and gives each its number below `parent` (null for a list that counts from 1). */
export function numbered<T extends Positioned>(
  rows: readonly T[],
  parent: string | null = null,
): { row: T; number: string }[] {
  return byPosition(rows).map((row, index) => ({ row, number: childNumber(parent, index) }));
}

/** Groups rows by their parent id, so each parent numbers only its own children. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
