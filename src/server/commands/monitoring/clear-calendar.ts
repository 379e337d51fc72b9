import { eq } from 'drizzle-orm';
import { reportingCalendars } from '../../db/schema';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion } from '../versioning';

/**
 * Removes an organization's own calendar so it inherits from above again; nothing to do when it has
 * none. The caller has authorized `update`.
 */
export async function clearCalendar(
  ctx: CommandContext,
  input: { organization: OrganizationRow; version: number },
) {
  const where = eq(reportingCalendars.organizationId, input.organization.id);
  const [current] = await ctx.tx.select().from(reportingCalendars).where(where).for('update');
  if (!current) return;
  assertVersion(current, input.version, 'reporting calendar');
  await ctx.tx.delete(reportingCalendars).where(where);
  await recordAudit(ctx, {
    organizationId: input.organization.id,
    entityType: 'reporting_calendar',
    entityId: input.organization.id,
    action: 'delete',
    before: current,
  });
}
