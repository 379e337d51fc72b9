import { eq } from 'drizzle-orm';
import { planChecks } from '../../shared/plans/checks';
import type { Db, Tx } from '../db/client';
import { plans } from '../db/schema';
import { notFound } from '../http/errors';
import type { PlanRow } from '../queries/plans';
import { loadPlanContent } from './load';

/**
 * Keeps the plan's summary columns current after a content change: the upstream view filters and counts
 * thousands of plans by `check_count` and `practice_codes` without loading a single tree.
 */
export async function refreshPlanSummary(
  tx: Tx | Db,
  planId: string,
  at: Date = new Date(),
): Promise<PlanRow> {
  const plan = await tx.query.plans.findFirst({ where: eq(plans.id, planId) });
  if (!plan) throw notFound('Plan');
  const content = await loadPlanContent(tx, plan);
  const codes = content.priorities.flatMap((p) => p.strategies.flatMap((s) => s.practiceCodes));
  const practiceCodes = [...new Set(codes)].sort();
  const [row] = await tx
    .update(plans)
    .set({ checkCount: planChecks(content).length, practiceCodes, updatedAt: at })
    .where(eq(plans.id, planId))
    .returning();
  return row;
}
