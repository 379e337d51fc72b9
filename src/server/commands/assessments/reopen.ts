import { and, eq, sql } from 'drizzle-orm';
import { assessments } from '../../db/schema';
import type { AssessmentRow, LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** Reopens a closed assessment; the reason stays in the audit trail beside who reopened it and when. */
export async function reopenAssessment(
  ctx: CommandContext,
  input: { assessment: LoadedAssessment; version: number; reason: string },
): Promise<AssessmentRow> {
  const { row: current } = input.assessment;
  assertVersion(current, input.version, 'assessment');
  const [row] = await ctx.tx
    .update(assessments)
    .set({ status: 'open', closedAt: null, version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.id, current.id), eq(assessments.version, input.version)))
    .returning();
  if (!row) throw staleWrite('assessment');
  await recordAudit(ctx, {
    organizationId: row.organizationId,
    entityType: 'assessment',
    entityId: row.id,
    action: 'reopen',
    before: { status: current.status, closedAt: current.closedAt, version: current.version },
    after: { status: row.status, version: row.version, reason: input.reason },
  });
  return row;
}
