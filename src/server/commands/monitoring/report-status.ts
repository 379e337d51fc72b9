import { and, eq, sql } from 'drizzle-orm';
import { monthOf, schoolYearOf } from '../../../shared/monitoring/calendar';
import type { StatusInput } from '../../../shared/schemas/monitoring';
import { actionStatusReports, people } from '../../db/schema';
import { conflict, fieldError } from '../../http/errors';
import type { ActionContext } from '../../monitoring/action-context';
import { countUpsert, latestUpsert } from '../../monitoring/summaries';
import { presentStatusReport, type StatusReportRow } from '../../presenters/monitoring';
import { auditInsert, type CommandContext } from '../context';

type Input = { action: ActionContext; status: StatusInput; today: string };

/** A month can be reported once it has begun, and only within the school years the plan covers. */
function checkPeriod({ action, status, today }: Input) {
  if (status.period > monthOf(today)) {
    throw fieldError(
      'period',
      'This month has not begun yet; report on the current month or an earlier one.',
    );
  }
  const year = schoolYearOf(action.calendar, status.period);
  const { startYear, years } = action.plan;
  if (year < startYear || year >= startYear + years) {
    throw fieldError(
      'period',
      `This month is outside the plan’s school years (${startYear}–${String(startYear + years).slice(2)}).`,
    );
  }
}

async function staleReport(ctx: CommandContext, row: StatusReportRow, message: string) {
  const [reporter] = row.reportedById
    ? await ctx.tx
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(eq(people.id, row.reportedById))
    : [];
  return conflict(message, {
    currentVersion: row.version,
    current: presentStatusReport(row, reporter ?? null),
  });
}

/**
 * Records an action's status for a month, or replaces that month's report when the caller names the
 * version it corrects. The latest-status row and the organization's monthly counts move in the same
 * transaction; the caller has authorized `report`. A first report for the month (the usual case) is one
 * insert and one statement for its audit event and summaries.
 */
export async function reportStatus(
  ctx: CommandContext,
  input: Input,
): Promise<{ row: StatusReportRow; created: boolean }> {
  checkPeriod(input);
  const { action, status } = input;
  const { version, period, ...fields } = status;
  const values = {
    status: fields.status,
    percentComplete: fields.percentComplete,
    outputsDone: fields.outputsDone ?? null,
    comment: fields.comment ?? null,
    cause: fields.cause ?? null,
    adjustment: fields.adjustment ?? null,
    resourcesUsed: fields.resourcesUsed ?? null,
    budgetUsed: fields.budgetUsed == null ? null : fields.budgetUsed.toFixed(2),
    reportedById: ctx.actor?.personId ?? null,
    reportedAt: new Date(),
  };
  const where = and(
    eq(actionStatusReports.actionId, action.actionId),
    eq(actionStatusReports.period, period),
  );
  // Without a version the caller means a first report; with one, a correction of the report it names.
  const [existing] =
    version === undefined ? [] : await ctx.tx.select().from(actionStatusReports).where(where).for('update');
  let row: StatusReportRow | undefined;
  if (existing) {
    if (version !== existing.version) {
      throw await staleReport(
        ctx,
        existing,
        'This month’s report was changed by someone else since you opened it. Review their report before replacing it.',
      );
    }
    [row] = await ctx.tx
      .update(actionStatusReports)
      .set({ ...values, version: sql`${actionStatusReports.version} + 1` })
      .where(and(eq(actionStatusReports.id, existing.id), eq(actionStatusReports.version, existing.version)))
      .returning();
  } else {
    [row] = await ctx.tx
      .insert(actionStatusReports)
      .values({
        ...values,
        actionId: action.actionId,
        planId: action.planId,
        organizationId: action.organization.id,
        period,
      })
      .onConflictDoNothing()
      .returning();
  }
  if (!row) {
    // The month was reported already, or someone else reported it between our read and our write.
    const [current] = await ctx.tx.select().from(actionStatusReports).where(where);
    throw await staleReport(
      ctx,
      current as StatusReportRow,
      version === undefined
        ? `${period} has already been reported for this action. Review that report and send its version to replace it.`
        : 'Someone else reported this month just now.',
    );
  }

  const audit = auditInsert(ctx, {
    organizationId: action.organization.id,
    entityType: 'action_status_report',
    entityId: row.id,
    action: existing ? 'update' : 'create',
    before: existing ?? undefined,
    after: row,
  });
  await ctx.tx.execute(sql`
    WITH audit AS (${audit.getSQL()}), latest AS (${latestUpsert(ctx.tx, action, row).getSQL()})
    ${countUpsert(ctx.tx, action, period, row, existing ?? null).getSQL()}`);
  return { row, created: !existing };
}
