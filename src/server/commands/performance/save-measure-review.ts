import { and, eq, sql } from 'drizzle-orm';
import type { MeasureReviewInput } from '../../../shared/schemas/performance';
import { measureReviews } from '../../db/schema';
import { conflict, fieldError } from '../../http/errors';
import { loadReview } from '../../performance/measures';
import type { LoadedPlan } from '../../plans/load';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Saves a measure's annual review for one plan year: the explanation of the result and the adjustments it
 * calls for. The first save creates it; later saves send the version they started from. The caller has
 * authorized plan `edit`.
 */
export async function saveMeasureReview(
  ctx: CommandContext,
  input: MeasureReviewInput & { loaded: LoadedPlan; measureId: string },
) {
  const { loaded, measureId, year, explanation, adjustments, version } = input;
  const { startYear, years } = loaded.plan;
  if (year < startYear || year >= startYear + years) {
    throw fieldError('year', `Choose a school year of the plan: ${startYear} to ${startYear + years - 1}.`);
  }
  const before = await loadReview(ctx.tx, measureId, year);
  const personId = ctx.actor?.kind === 'person' ? ctx.actor.personId : null;
  const values = { explanation, adjustments: adjustments ?? null, updatedById: personId };
  let after: typeof measureReviews.$inferSelect | undefined;
  if (!before) {
    [after] = await ctx.tx
      .insert(measureReviews)
      .values({ measureId, year, ...values })
      .onConflictDoNothing()
      .returning();
    if (!after) throw staleWrite('review');
  } else {
    if (version === undefined) {
      throw conflict('This year already has a review; reload to edit it.', {
        currentVersion: before.version,
      });
    }
    assertVersion(before, version, 'review');
    [after] = await ctx.tx
      .update(measureReviews)
      .set({ ...values, version: sql`${measureReviews.version} + 1`, updatedAt: new Date() })
      .where(and(eq(measureReviews.id, before.id), eq(measureReviews.version, version)))
      .returning();
    if (!after) throw staleWrite('review');
  }
  await recordAudit(ctx, {
    organizationId: loaded.organization.id,
    entityType: 'measure_review',
    entityId: after.id,
    action: before ? 'update' : 'create',
    before: before ?? undefined,
    after,
  });
  return after;
}
