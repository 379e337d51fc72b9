import { and, eq, isNull, sql } from 'drizzle-orm';
import { assessmentRaters, assessments } from '../../db/schema';
import type { AssessmentRow, LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** Closes an assessment: ratings, consensus and reflections are locked until someone reopens it. */
export async function closeAssessment(
  ctx: CommandContext,
  input: { assessment: LoadedAssessment; version: number; at?: Date },
): Promise<AssessmentRow> {
  const { row: current } = input.assessment;
  assertVersion(current, input.version, 'assessment');
  const closedAt = input.at ?? new Date();
  const [row] = await ctx.tx
    .update(assessments)
    .set({ status: 'closed', closedAt, version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.id, current.id), eq(assessments.version, input.version)))
    .returning();
  if (!row) throw staleWrite('assessment');
  if (row.mode === 'anonymous') {
    // Closing shows the counts. If a rater who had not submitted could change their ratings after a reopen, the
    // difference in the counts would reveal them, so closing locks everyone's ratings as they stand.
    await ctx.tx
      .update(assessmentRaters)
      .set({ submittedAt: closedAt })
      .where(and(eq(assessmentRaters.assessmentId, row.id), isNull(assessmentRaters.submittedAt)));
  }
  await recordAudit(ctx, {
    organizationId: row.organizationId,
    entityType: 'assessment',
    entityId: row.id,
    action: 'close',
    before: { status: current.status, version: current.version },
    after: { status: row.status, closedAt: row.closedAt, version: row.version },
  });
  return row;
}
