import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { adjustments, supports } from '../db/schema';

/**
 * Before strategies or milestones are deleted from a plan: adjustments and supports tied to them stay (they
 * are history, and a support keeps its practice code) but lose the link, so the delete is not refused.
 */
export async function unlinkPlanItems(
  tx: Tx,
  items: { strategyIds?: readonly string[]; milestoneIds?: readonly string[] },
) {
  for (const table of [adjustments, supports]) {
    if (items.milestoneIds?.length)
      await tx
        .update(table)
        .set({ milestoneId: null })
        .where(inArray(table.milestoneId, [...items.milestoneIds]));
    if (items.strategyIds?.length)
      await tx
        .update(table)
        .set({ strategyId: null, milestoneId: null })
        .where(inArray(table.strategyId, [...items.strategyIds]));
  }
}
