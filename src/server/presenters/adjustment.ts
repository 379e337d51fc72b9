import type { Adjustment, PlanItemRef } from '../../shared/schemas/adjustments';
import { linkedItems } from '../adjustments/item-refs';
import type { AdjustmentListRow, AdjustmentRow } from '../adjustments/queries';

export function presentAdjustment(row: AdjustmentListRow): Adjustment {
  const a = row.adjustment;
  const { strategy, milestone } = linkedItems({
    ...row,
    strategyId: a.strategyId,
    milestoneId: a.milestoneId,
  });
  return {
    id: a.id,
    organization: { id: a.organizationId, name: row.organizationName },
    plan: a.planId && row.planTitle !== null ? { id: a.planId, title: row.planTitle } : null,
    planVersion: row.versionNumber,
    strategy,
    milestone,
    summary: a.summary,
    cause: a.cause,
    evidence: a.evidence,
    decidedBy: a.decidedBy,
    decidedOn: a.decidedOn,
    createdBy: a.createdById ? { id: a.createdById, name: row.createdByName ?? '' } : null,
    createdAt: a.createdAt.toISOString(),
    link: adjustmentLink(a, strategy, milestone),
  };
}

/** A recorded update opens the plan's history, where its changes show; otherwise the item it concerns. */
function adjustmentLink(a: AdjustmentRow, strategy: PlanItemRef | null, milestone: PlanItemRef | null) {
  if (!a.planId) return null;
  const base = `/o/${a.organizationId}/plans/${a.planId}`;
  if (a.planVersionId) return `${base}?tab=history`;
  const item = milestone ? `milestone/${milestone.id}` : strategy ? `strategy/${strategy.id}` : null;
  return item ? `${base}?tab=plan&focus=plan/${item}` : `${base}?tab=plan`;
}
