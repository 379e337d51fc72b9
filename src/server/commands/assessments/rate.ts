import { and, eq, isNotNull } from 'drizzle-orm';
import type { RateItemInput } from '../../../shared/schemas/assessment';
import type { Coverage } from '../../assessments/outcomes';
import { assessmentRatings } from '../../db/schema';
import type { LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { lockOpen, lockUnsubmitted, requireItem, requireLevel } from './checks';

/**
 * Saves one rater's rating of one item, as they go; the caller has authorized `rate` for this rater. Fields left
 * out keep their saved value. In anonymous mode the audit trail says only that a rating was saved: the trail is
 * read by administrators and leaders, and must not tell them which level a person chose.
 */
export async function rateItem(
  ctx: CommandContext,
  input: RateItemInput & {
    assessment: LoadedAssessment;
    coverage: Coverage;
    raterId: string;
    itemKey: string;
  },
) {
  const { assessment, coverage, raterId, itemKey } = input;
  requireItem(coverage, itemKey);
  if (input.levelKey !== null) requireLevel(coverage, input.levelKey);
  await lockOpen(ctx.tx, assessment.row.id);
  await lockUnsubmitted(ctx.tx, assessment.row.id, raterId);
  const key = and(
    eq(assessmentRatings.assessmentId, assessment.row.id),
    eq(assessmentRatings.raterId, raterId),
    eq(assessmentRatings.itemKey, itemKey),
  );
  const existing = await ctx.tx.query.assessmentRatings.findFirst({ where: key });
  const values = {
    levelKey: input.levelKey,
    evidence: input.evidence === undefined ? (existing?.evidence ?? null) : input.evidence,
    notes: input.notes === undefined ? (existing?.notes ?? null) : input.notes,
  };
  const [row] = await ctx.tx
    .insert(assessmentRatings)
    .values({ assessmentId: assessment.row.id, raterId, itemKey, ...values })
    .onConflictDoUpdate({
      target: [assessmentRatings.assessmentId, assessmentRatings.raterId, assessmentRatings.itemKey],
      set: { ...values, updatedAt: new Date() },
    })
    .returning();
  const anonymous = assessment.row.mode === 'anonymous';
  await recordAudit(ctx, {
    organizationId: assessment.row.organizationId,
    entityType: 'assessment',
    entityId: assessment.row.id,
    action: 'rate',
    ...(anonymous
      ? { after: { itemKey } }
      : {
          before: existing
            ? { itemKey, levelKey: existing.levelKey, evidence: existing.evidence, notes: existing.notes }
            : null,
          after: { itemKey, ...values },
        }),
  });
  const rated = await ctx.tx
    .select({ itemKey: assessmentRatings.itemKey })
    .from(assessmentRatings)
    .where(
      and(
        eq(assessmentRatings.assessmentId, assessment.row.id),
        eq(assessmentRatings.raterId, raterId),
        isNotNull(assessmentRatings.levelKey),
      ),
    );
  return { row, ratedKeys: rated.map((r) => r.itemKey) };
}
