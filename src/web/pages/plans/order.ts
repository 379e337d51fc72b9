/** The ids with the one at `index` swapped with its neighbour (-1 up, +1 down); unchanged at either end. */
export function moved(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  const next = [...ids];
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return next;
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** The ids with one moved by `delta` places, or null when that would leave the list. */
export function moveBy(ids: readonly string[], id: string, delta: number): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length || delta === 0) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The ids with `id` placed where `overId` was, as a drop onto that item leaves them. */
export function moveOnto(ids: readonly string[], id: string, overId: string): string[] | null {
  return moveBy(ids, id, ids.indexOf(overId) - ids.indexOf(id));
}

/** The item a create appended: the first id in `after` that `before` lacks. */
export function addedId(before: readonly string[], after: readonly string[]): string | null {
  const known = new Set(before);
  return after.find((id) => !known.has(id)) ?? null;
}

/** The ids of a list of plan items, in order. */
export const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
