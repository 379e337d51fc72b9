import { and, eq, sql } from 'drizzle-orm';
import { calendarProblems } from '../../../shared/monitoring/calendar';
import type { SetCalendarInput } from '../../../shared/schemas/monitoring';
import { reportingCalendars } from '../../db/schema';
import { badRequest } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Gives an organization its own reporting calendar, which the organizations below inherit unless they set
 * their own; the caller has authorized `update`.
 */
export async function setCalendar(
  ctx: CommandContext,
  input: { organization: OrganizationRow; calendar: SetCalendarInput },
) {
  const { organization } = input;
  const { version, ...fields } = input.calendar;
  const problems = calendarProblems(fields);
  if (problems.length > 0) {
    throw badRequest(problems.length === 1 ? problems[0].message : 'Some fields need attention.', problems);
  }
  const where = eq(reportingCalendars.organizationId, organization.id);
  const [current] = await ctx.tx.select().from(reportingCalendars).where(where).for('update');
  if (current) assertVersion(current, version ?? 0, 'reporting calendar');
  else if (version !== undefined) throw staleWrite('reporting calendar');

  const [row] = current
    ? await ctx.tx
        .update(reportingCalendars)
        .set({ ...fields, version: sql`${reportingCalendars.version} + 1`, updatedAt: new Date() })
        .where(and(where, eq(reportingCalendars.version, current.version)))
        .returning()
    : await ctx.tx
        .insert(reportingCalendars)
        .values({ ...fields, organizationId: organization.id })
        .onConflictDoNothing()
        .returning();
  if (!row) throw staleWrite('reporting calendar');
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'reporting_calendar',
    entityId: organization.id,
    action: current ? 'update' : 'create',
    before: current,
    after: row,
  });
  return row;
}
