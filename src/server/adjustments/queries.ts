import { and, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import { limits } from '../../shared/limits';
import type { Db, Tx } from '../db/client';
import {
  adjustments,
  organizations,
  people,
  planMilestones,
  planStrategies,
  plans,
  planVersions,
} from '../db/schema';
import { notFound } from '../http/errors';
import { loadOrganization } from '../queries/organizations';
import { linkedItemColumns, strategyPriority } from './linked-item-columns';

export type AdjustmentRow = typeof adjustments.$inferSelect;

export type AdjustmentListOptions = {
  /** Decided on or after this day (the UTC calendar day of the instant). */
  from?: Date;
  /** Decided before this day (the UTC calendar day of the instant). */
  to?: Date;
  /** Also the adjustments of every organization below. */
  below?: boolean;
  limit?: number;
};

const day = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * Adjustments newest first, with what a log needs beside each: the organization's name,
 * the plan and the version recorded with it, and the strategy and milestone with their positions, from which
 * their numbers in the plan as it stands are worked out.
 */
function selectAdjustments(tx: Tx | Db, where: SQL[], limit: number) {
  return tx
    .select({
      adjustment: adjustments,
      organizationName: organizations.name,
      planTitle: plans.title,
      versionNumber: planVersions.number,
      ...linkedItemColumns,
      createdByName: people.name,
    })
    .from(adjustments)
    .innerJoin(organizations, eq(organizations.id, adjustments.organizationId))
    .leftJoin(plans, eq(plans.id, adjustments.planId))
    .leftJoin(planVersions, eq(planVersions.id, adjustments.planVersionId))
    .leftJoin(planStrategies, eq(planStrategies.id, adjustments.strategyId))
    .leftJoin(strategyPriority, eq(strategyPriority.id, planStrategies.priorityId))
    .leftJoin(planMilestones, eq(planMilestones.id, adjustments.milestoneId))
    .leftJoin(people, eq(people.id, adjustments.createdById))
    .where(and(...where))
    .orderBy(desc(adjustments.createdAt), desc(adjustments.id))
    .limit(limit);
}

export type AdjustmentListRow = Awaited<ReturnType<typeof selectAdjustments>>[number];

/** An organization's adjustments, and with `below` those of every organization below it; the quarterly report passes a window. */
export async function listAdjustments(
  tx: Tx | Db,
  organizationId: string,
  options: AdjustmentListOptions = {},
): Promise<AdjustmentListRow[]> {
  const where: SQL[] = [];
  if (options.below) {
    const organization = await loadOrganization(tx, organizationId);
    where.push(like(organizations.path, `${organization.path}%`));
  } else {
    where.push(eq(adjustments.organizationId, organizationId));
  }
  if (options.from) where.push(gte(adjustments.decidedOn, day(options.from)));
  if (options.to) where.push(lt(adjustments.decidedOn, day(options.to)));
  return selectAdjustments(tx, where, options.limit ?? limits.pageSizeMax);
}

/** One adjustment as a list shows it. */
export async function loadAdjustmentView(tx: Tx | Db, id: string): Promise<AdjustmentListRow> {
  const [row] = await selectAdjustments(tx, [eq(adjustments.id, id)], 1);
  if (!row) throw notFound('Adjustment');
  return row;
}
