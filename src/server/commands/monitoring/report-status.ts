import { and, eq, sql } from 'drizzle-orm';
import { monthOf, schoolYearOf } from '../../../shared/monitoring/calendar';
import type { CalendarFields, StatusInput } from '../../../shared/schemas/monitoring';
import { actionStatusReports, people } from '../../db/schema';
import { conflict, fieldError } from '../../http/errors';
import type { ActionContext } from '../../monitoring/action-context';
import { countReport, recordLatest } from '../../monitoring/summaries';
import { presentStatusReport, type StatusReportRow } from '../../presenters/monitoring';
import { type CommandContext, recordAudit } from '../context';

type Input = { action: ActionContext; calendar: CalendarFields; status: StatusInput; today: string };

/** A month can be reported once it has begun, and only within the school years the plan covers. */
function checkPeriod({ action, calendar, status, today }: Input) {
  if (status.period > monthOf(today)) {
    throw fieldError(
      'period',
      'This month has not begun yet; report on the current month or an earlier one.',
    );
  }
  const year = schoolYearOf(calendar, status.period);
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
 * transaction; the caller has authorized `report`.
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
  const [existing] = await ctx.tx.select().from(actionStatusReports).where(where).for('update');

  let row: StatusReportRow | undefined;
  if (existing) {
    if (version !== existing.version) {
      throw await staleReport(
        ctx,
        existing,
        version === undefined
          ? `${period} has already been reported for this action. Review that report and send its version to replace it.`
          : 'This month’s report was changed by someone else since you opened it. Review their report before replacing it.',
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
    // Someone else reported this month between our read and our write.
    const [winner] = await ctx.tx.select().from(actionStatusReports).where(where);
    throw await staleReport(ctx, winner as StatusReportRow, 'Someone else reported this month just now.');
  }

  await recordAudit(ctx, {
    organizationId: action.organization.id,
    entityType: 'action_status_report',
    entityId: row.id,
    action: existing ? 'update' : 'create',
    before: existing ?? undefined,
    after: row,
  });
  await recordLatest(ctx.tx, action, row);
  await countReport(ctx.tx, action, period, row, existing ?? null);
  return { row, created: !existing };
}
