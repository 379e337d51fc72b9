import { eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { ActionStatus } from '../../shared/schemas/monitoring-enums';
import { rowsOf, type Tx } from '../db/client';
import {
  actionStatusLatest,
  actionStatusReports,
  milestoneReviews,
  organizationPeriodStatus,
  organizations,
  planActions,
  planMilestones,
  planStrategies,
} from '../db/schema';
import { type ActionContext, districtIdColumn } from './action-context';

/**
 * The two summary tables the network views read instead of the reports. Every status write adjusts them in
 * its own transaction with a constant number of statements; deleting plan items takes their reports out.
 */

type Counted = { status: ActionStatus; budgetUsed: string | null };

const statusColumns = {
  not_started: organizationPeriodStatus.notStarted,
  on_track: organizationPeriodStatus.onTrack,
  at_risk: organizationPeriodStatus.atRisk,
  behind: organizationPeriodStatus.behind,
  completed: organizationPeriodStatus.completed,
  cancelled: organizationPeriodStatus.cancelled,
} as const;

const statusKeys = {
  not_started: 'notStarted',
  on_track: 'onTrack',
  at_risk: 'atRisk',
  behind: 'behind',
  completed: 'completed',
  cancelled: 'cancelled',
} as const satisfies Record<ActionStatus, keyof typeof organizationPeriodStatus.$inferInsert>;

/**
 * Moves the action's latest-status row forward; an older month corrected later leaves it where it is.
 * Returned unsent, so the status write can send it with its other effects in one statement.
 */
export function latestUpsert(tx: Tx, action: ActionContext, report: typeof actionStatusReports.$inferSelect) {
  return tx
    .insert(actionStatusLatest)
    .values({
      actionId: action.actionId,
      planId: action.planId,
      organizationId: action.organization.id,
      districtId: action.districtId,
      organizationPath: action.organization.path,
      strategyId: action.strategyId,
      milestoneId: action.milestoneId,
      practiceCodes: action.practiceCodes,
      period: report.period,
      status: report.status,
      percentComplete: report.percentComplete,
      endDate: action.endDate,
      reportedAt: report.reportedAt,
    })
    .onConflictDoUpdate({
      target: actionStatusLatest.actionId,
      set: {
        organizationPath: sql`excluded.organization_path`,
        districtId: sql`excluded.district_id`,
        strategyId: sql`excluded.strategy_id`,
        milestoneId: sql`excluded.milestone_id`,
        practiceCodes: sql`excluded.practice_codes`,
        period: sql`excluded.period`,
        status: sql`excluded.status`,
        percentComplete: sql`excluded.percent_complete`,
        endDate: sql`excluded.end_date`,
        reportedAt: sql`excluded.reported_at`,
      },
      setWhere: sql`${actionStatusLatest.period} <= excluded.period`,
    });
}

/**
 * Counts a new report into its organization's month (`removed` null), or swaps a replaced one for its
 * correction: increments only, so concurrent writers to one month never lose each other's counts. Unsent, as
 * latestUpsert.
 */
export function countUpsert(
  tx: Tx,
  action: ActionContext,
  period: string,
  added: Counted,
  removed: Counted | null,
) {
  const delta = Object.fromEntries(Object.values(statusKeys).map((key) => [key, 0])) as Record<
    (typeof statusKeys)[ActionStatus],
    number
  >;
  delta[statusKeys[added.status]] += 1;
  if (removed) delta[statusKeys[removed.status]] -= 1;
  const reported = removed ? 0 : 1;
  const budget = sql`(${added.budgetUsed ?? '0'}::numeric - ${removed?.budgetUsed ?? '0'}::numeric)`;
  const increments = Object.fromEntries(
    (Object.keys(statusKeys) as ActionStatus[]).map((status) => {
      const column = statusColumns[status];
      return [statusKeys[status], sql`${column} + ${delta[statusKeys[status]]}`];
    }),
  );
  return tx
    .insert(organizationPeriodStatus)
    .values({
      organizationId: action.organization.id,
      period,
      organizationPath: action.organization.path,
      districtId: action.districtId,
      reported,
      ...delta,
      budgetUsed: sql`${budget}`,
    })
    .onConflictDoUpdate({
      target: [organizationPeriodStatus.organizationId, organizationPeriodStatus.period],
      set: {
        ...increments,
        reported: sql`${organizationPeriodStatus.reported} + ${reported}`,
        budgetUsed: sql`${organizationPeriodStatus.budgetUsed} + ${budget}`,
        organizationPath: sql`excluded.organization_path`,
        districtId: sql`excluded.district_id`,
        updatedAt: new Date(),
      },
    });
}

/**
 * Takes the reports `which` selects out of their organizations' monthly counts (dropping months left with
 * none) and removes their actions' latest-status rows; the reports themselves stay.
 */
async function uncountReports(tx: Tx, which: SQL) {
  const ops = organizationPeriodStatus;
  // The status values are the column names of the counts.
  const counts = (Object.keys(statusKeys) as ActionStatus[]).map(
    (status) =>
      sql`${sql.identifier(status)} = ${ops}.${sql.identifier(status)} - g.${sql.identifier(status)}`,
  );
  const filters = (Object.keys(statusKeys) as ActionStatus[]).map(
    (status) =>
      sql`count(*) FILTER (WHERE ${actionStatusReports.status} = ${status})::int AS ${sql.identifier(status)}`,
  );
  const touched = rowsOf<{ organization_id: string; period: string; reported: number }>(
    await tx.execute(sql`
      UPDATE ${ops} SET
        reported = ${ops}.reported - g.n,
        ${sql.join(counts, sql`, `)},
        budget_used = ${ops}.budget_used - g.budget,
        updated_at = now()
      FROM (
        SELECT ${actionStatusReports.organizationId} AS organization_id, ${actionStatusReports.period} AS period,
          count(*)::int AS n,
          ${sql.join(filters, sql`, `)},
          coalesce(sum(${actionStatusReports.budgetUsed}), 0) AS budget
        FROM ${actionStatusReports}
        WHERE ${which}
        GROUP BY 1, 2
      ) AS g
      WHERE ${ops}.organization_id = g.organization_id AND ${ops}.period = g.period
      RETURNING ${ops}.organization_id, ${ops}.period, ${ops}.reported
    `),
  );
  for (const row of touched.filter((r) => Number(r.reported) === 0)) {
    await tx.execute(
      sql`DELETE FROM ${ops} WHERE organization_id = ${row.organization_id} AND period = ${row.period} AND reported = 0`,
    );
  }
  await tx
    .delete(actionStatusLatest)
    .where(
      inArray(
        actionStatusLatest.actionId,
        tx.select({ id: actionStatusReports.actionId }).from(actionStatusReports).where(which),
      ),
    );
}

/** Before actions are deleted: their reports leave the summaries, then go. */
export async function forgetActionReports(tx: Tx, actionIds: string[]) {
  if (actionIds.length === 0) return;
  await uncountReports(tx, inArray(actionStatusReports.actionId, actionIds));
  await tx.delete(actionStatusReports).where(inArray(actionStatusReports.actionId, actionIds));
}

/**
 * When a plan is archived: its reports stay as its history, but leave the counts and latest statuses the
 * network views read, which describe the plans organizations work by now.
 */
export async function withdrawPlanReports(tx: Tx, planId: string) {
  await uncountReports(tx, eq(actionStatusReports.planId, planId));
}

/** Before milestones are deleted: their semester reviews go with them. */
export async function forgetMilestoneReviews(tx: Tx, milestoneIds: string[]) {
  if (milestoneIds.length === 0) return;
  await tx.delete(milestoneReviews).where(inArray(milestoneReviews.milestoneId, milestoneIds));
}

/**
 * After an action, milestone or strategy changes place or dates: the latest-status rows below it take the
 * new milestone, strategy, practice codes and end date, so roll-ups filter on what the plan says now.
 */
export async function refreshLatestPlacement(tx: Tx, scope: SQL) {
  await tx.execute(sql`
    UPDATE ${actionStatusLatest} SET
      milestone_id = ${planActions.milestoneId},
      strategy_id = ${planMilestones.strategyId},
      practice_codes = ${planStrategies.practiceCodes},
      end_date = ${planActions.endDate}
    FROM ${planActions}
      JOIN ${planMilestones} ON ${planMilestones.id} = ${planActions.milestoneId}
      JOIN ${planStrategies} ON ${planStrategies.id} = ${planMilestones.strategyId}
    WHERE ${actionStatusLatest.actionId} = ${planActions.id} AND ${scope}
  `);
}

export const placementOf = {
  action: (id: string) => eq(planActions.id, id),
  milestone: (id: string) => eq(planMilestones.id, id),
  strategy: (id: string) => eq(planStrategies.id, id),
};

/**
 * After a subtree moves (its organizations already carry their new paths and parent): the summary rows of
 * every organization that was under `oldPath` take the new path and district, so roll-ups count them where
 * they now belong.
 */
export async function rehomeSummaries(tx: Tx, oldPath: string) {
  for (const table of [actionStatusLatest, organizationPeriodStatus]) {
    await tx
      .update(table)
      .set({
        organizationPath: sql`${organizations.path}`,
        districtId: districtIdColumn,
      })
      .from(organizations)
      .where(
        sql`${organizations.id} = ${table.organizationId} AND ${like(table.organizationPath, `${oldPath}%`)}`,
      );
  }
}
