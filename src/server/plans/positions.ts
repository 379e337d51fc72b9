import { asc, eq, max, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client';
import type {
  planActions,
  planGoals,
  planMeasures,
  planMilestones,
  planPriorities,
  planRootCauses,
  planStrategies,
  planSwotEntries,
} from '../db/schema';

/** The tables holding a plan's items; each has `id`, `plan_id`, `position` and `version`. */
export type ItemTable =
  | typeof planGoals
  | typeof planMeasures
  | typeof planSwotEntries
  | typeof planRootCauses
  | typeof planPriorities
  | typeof planStrategies
  | typeof planMilestones
  | typeof planActions;

async function siblings(tx: Tx, table: ItemTable, scope: SQL) {
  return tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(scope)
    .orderBy(asc(table.position), asc(table.createdAt), asc(table.id));
}

/** Siblings' ids in their current order. */
export async function siblingIds(tx: Tx, table: ItemTable, scope: SQL): Promise<string[]> {
  return (await siblings(tx, table, scope)).map((r) => r.id);
}

/** Where a new sibling goes: after the last one. */
export async function nextPosition(tx: Tx, table: ItemTable, scope: SQL): Promise<number> {
  const [row] = await tx
    .select({ last: max(table.position) })
    .from(table)
    .where(scope);
  return typeof row?.last === 'number' ? row.last + 1 : 0;
}

/**
 * Stores `ids` as positions 0..n-1. Positions are not content anyone edits, so this leaves versions
 * alone: reordering a list does not make someone's open edit of one of its items stale.
 */
export async function storeOrder(
  tx: Tx,
  table: ItemTable,
  ids: string[],
  current: Map<string, number> = new Map(),
) {
  for (const [position, id] of ids.entries()) {
    if (current.get(id) === position) continue;
    await tx.update(table).set({ position }).where(eq(table.id, id));
  }
}

/** Closes the gaps a delete or a move leaves, keeping the remaining order. */
export async function renumber(tx: Tx, table: ItemTable, scope: SQL) {
  const rows = await siblings(tx, table, scope);
  await storeOrder(
    tx,
    table,
    rows.map((r) => r.id),
    new Map(rows.map((r) => [r.id, r.position])),
  );
}
