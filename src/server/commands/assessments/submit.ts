import { and, eq, isNull } from 'drizzle-orm';
import type { Coverage } from '../../assessments/outcomes';
import { assessmentRaters } from '../../db/schema';
import { ApiError } from '../../http/errors';
import { type LoadedAssessment, ratingsByRater } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { staleWrite } from '../versioning';
import { lockOpen, lockUnsubmitted } from './checks';

/** Marks a rater's ratings final once every covered item has a level; the caller has authorized `submit`. */
export async function submitRatings(
  ctx: CommandContext,
  input: { assessment: LoadedAssessment; coverage: Coverage; raterId: string },
) {
  const { assessment, coverage, raterId } = input;
  await lockOpen(ctx.tx, assessment.row.id);
  await lockUnsubmitted(ctx.tx, assessment.row.id, raterId);
  const rows = await ratingsByRater(ctx.tx, assessment.row.id, raterId);
  const rated = new Set(rows.filter((r) => r.levelKey !== null).map((r) => r.itemKey));
  const unrated = coverage.items.filter((i) => !rated.has(i.item.key));
  if (unrated.length) {
    throw new ApiError(
      400,
      `Rate every item before submitting: ${unrated.length} of ${coverage.items.length} still need a level.`,
      unrated.map(({ item }) => ({ path: item.key, message: `${item.code ?? item.key} has no level yet.` })),
      { unratedItemKeys: unrated.map((i) => i.item.key) },
    );
  }
  const [row] = await ctx.tx
    .update(assessmentRaters)
    .set({ submittedAt: new Date() })
    .where(
      and(
        eq(assessmentRaters.assessmentId, assessment.row.id),
        eq(assessmentRaters.personId, raterId),
        isNull(assessmentRaters.submittedAt),
      ),
    )
    .returning();
  if (!row) throw staleWrite('rating');
  await recordAudit(ctx, {
    organizationId: assessment.row.organizationId,
    entityType: 'assessment',
    entityId: assessment.row.id,
    action: 'submit',
    after: { raterId, submittedAt: row.submittedAt },
  });
  return row;
}
