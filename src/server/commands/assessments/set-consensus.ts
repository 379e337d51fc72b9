import { and, eq } from 'drizzle-orm';
import type { ConsensusInput } from '../../../shared/schemas/assessment';
import type { Coverage } from '../../assessments/outcomes';
import { assessmentConsensus } from '../../db/schema';
import type { LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { lockOpen, requireItem, requireLevel } from './checks';

/** Records the team's consensus level for one item; the caller has authorized `facilitate`. */
export async function setConsensus(
  ctx: CommandContext,
  input: ConsensusInput & { assessment: LoadedAssessment; coverage: Coverage; itemKey: string },
) {
  const { assessment, coverage, itemKey, levelKey } = input;
  requireItem(coverage, itemKey);
  requireLevel(coverage, levelKey);
  await lockOpen(ctx.tx, assessment.row.id);
  const rationale = input.rationale ?? null;
  const existing = await ctx.tx.query.assessmentConsensus.findFirst({
    where: and(
      eq(assessmentConsensus.assessmentId, assessment.row.id),
      eq(assessmentConsensus.itemKey, itemKey),
    ),
  });
  const values = { levelKey, rationale, updatedById: ctx.actor?.personId ?? null, updatedAt: new Date() };
  const [row] = await ctx.tx
    .insert(assessmentConsensus)
    .values({ assessmentId: assessment.row.id, itemKey, ...values })
    .onConflictDoUpdate({
      target: [assessmentConsensus.assessmentId, assessmentConsensus.itemKey],
      set: values,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: assessment.row.organizationId,
    entityType: 'assessment',
    entityId: assessment.row.id,
    action: 'consensus',
    before: existing ? { itemKey, levelKey: existing.levelKey, rationale: existing.rationale } : null,
    after: { itemKey, levelKey, rationale },
  });
  return row;
}
