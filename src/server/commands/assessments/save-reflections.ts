import { and, eq } from 'drizzle-orm';
import { flattenSections } from '../../../shared/assessments/sections';
import type { ReflectionsInput } from '../../../shared/schemas/assessment';
import type { Coverage } from '../../assessments/outcomes';
import { assessmentReflections } from '../../db/schema';
import { fieldError, notFound } from '../../http/errors';
import type { LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';
import { lockOpen } from './checks';

/** Replaces the team's answers to one section's reflection prompts; an empty answer clears that prompt. */
export async function saveReflections(
  ctx: CommandContext,
  input: ReflectionsInput & { assessment: LoadedAssessment; coverage: Coverage; sectionKey: string },
) {
  const { assessment, coverage, sectionKey, responses } = input;
  const section = flattenSections(coverage.sections).find((e) => e.section.key === sectionKey)?.section;
  if (!section || section.reflectionPrompts.length === 0) throw notFound('Section with reflection prompts');
  if (responses.length > section.reflectionPrompts.length) {
    throw fieldError(
      'responses',
      `This section has ${section.reflectionPrompts.length} prompt(s); send one answer each.`,
    );
  }
  await lockOpen(ctx.tx, assessment.row.id);
  const where = and(
    eq(assessmentReflections.assessmentId, assessment.row.id),
    eq(assessmentReflections.sectionKey, sectionKey),
  );
  const before = await ctx.tx.select().from(assessmentReflections).where(where);
  await ctx.tx.delete(assessmentReflections).where(where);
  const rows = responses
    .map((response, promptIndex) => ({ response, promptIndex }))
    .filter((r) => r.response !== '')
    .map((r) => ({
      ...r,
      assessmentId: assessment.row.id,
      sectionKey,
      updatedById: ctx.actor?.personId ?? null,
    }));
  if (rows.length) await ctx.tx.insert(assessmentReflections).values(rows);
  await recordAudit(ctx, {
    organizationId: assessment.row.organizationId,
    entityType: 'assessment',
    entityId: assessment.row.id,
    action: 'reflect',
    before: {
      sectionKey,
      responses: before.map((r) => ({ promptIndex: r.promptIndex, response: r.response })),
    },
    after: { sectionKey, responses },
  });
  return section;
}
