import { and, eq, sql } from 'drizzle-orm';
import type { QuarterlyNarrativeInput } from '../../../shared/schemas/quarterly-report';
import { quarterlyReports } from '../../db/schema';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Writes the team's narrative for one quarter's report: the first save creates it, later saves name the
 * version they started from. The caller has authorized organization `writePlan`.
 */
export async function saveNarrative(
  ctx: CommandContext,
  input: { organization: OrganizationRow; narrative: QuarterlyNarrativeInput },
) {
  const { organization } = input;
  const { period, narrative, version } = input.narrative;
  const where = and(
    eq(quarterlyReports.organizationId, organization.id),
    eq(quarterlyReports.period, period),
  );
  const [current] = await ctx.tx.select().from(quarterlyReports).where(where).for('update');
  if (current) assertVersion(current, version ?? 0, 'narrative');
  else if (version !== undefined) throw staleWrite('narrative');

  const updatedById = ctx.actor?.personId ?? null;
  const [row] = current
    ? await ctx.tx
        .update(quarterlyReports)
        .set({ narrative, updatedById, version: sql`${quarterlyReports.version} + 1`, updatedAt: new Date() })
        .where(and(where, eq(quarterlyReports.version, current.version)))
        .returning()
    : // Two first saves at once: the loser inserts nothing and is told to reload.
      await ctx.tx
        .insert(quarterlyReports)
        .values({ organizationId: organization.id, period, narrative, updatedById })
        .onConflictDoNothing()
        .returning();
  if (!row) throw staleWrite('narrative');
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'quarterly_report',
    entityId: row.id,
    action: current ? 'update' : 'create',
    before: current,
    after: row,
  });
  return row;
}
