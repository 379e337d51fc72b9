import { and, eq, sql } from 'drizzle-orm';
import { parseSemester } from '../../../shared/monitoring/calendar';
import type { MilestoneReviewInput } from '../../../shared/schemas/monitoring';
import { milestoneReviews } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Records the team's semester review of a milestone, or replaces it given the version it corrects; the
 * caller has authorized `edit` on the plan.
 */
export async function reviewMilestone(
  ctx: CommandContext,
  input: { plan: PlanRow; milestoneId: string; review: MilestoneReviewInput },
) {
  const { plan, milestoneId } = input;
  const { version, semester, ...fields } = input.review;
  const { year } = parseSemester(semester);
  if (year < plan.startYear || year >= plan.startYear + plan.years) {
    throw fieldError('semester', 'This semester is outside the plan’s school years.');
  }
  const values = {
    completed: fields.completed,
    behind: fields.behind,
    cause: fields.cause ?? null,
    adjustment: fields.adjustment ?? null,
    reviewedById: ctx.actor?.personId ?? null,
    reviewedAt: new Date(),
  };
  const where = and(eq(milestoneReviews.milestoneId, milestoneId), eq(milestoneReviews.semester, semester));
  const [current] = await ctx.tx.select().from(milestoneReviews).where(where).for('update');
  if (current) assertVersion(current, version ?? 0, 'milestone review');
  else if (version !== undefined) throw staleWrite('milestone review');

  const [row] = current
    ? await ctx.tx
        .update(milestoneReviews)
        .set({ ...values, version: sql`${milestoneReviews.version} + 1` })
        .where(and(eq(milestoneReviews.id, current.id), eq(milestoneReviews.version, current.version)))
        .returning()
    : await ctx.tx
        .insert(milestoneReviews)
        .values({ ...values, milestoneId, semester, planId: plan.id, organizationId: plan.organizationId })
        .onConflictDoNothing()
        .returning();
  if (!row) throw staleWrite('milestone review');
  await recordAudit(ctx, {
    organizationId: plan.organizationId,
    entityType: 'milestone_review',
    entityId: row.id,
    action: current ? 'update' : 'create',
    before: current,
    after: row,
  });
  return row;
}
