import type { CarryInput } from '../../../shared/schemas/assessment';
import type { Coverage } from '../../assessments/outcomes';
import { priorityCandidates } from '../../db/schema';
import { badRequest } from '../../http/errors';
import type { LoadedAssessment } from '../../queries/assessments';
import { type CommandContext, recordAudit } from '../context';

/**
 * Carries chosen items into the needs assessment as candidate priority areas, with the level each settled on.
 * Carrying an item again refreshes its level (and its note, when one is given) instead of adding a duplicate.
 */
export async function carryToNeeds(
  ctx: CommandContext,
  input: CarryInput & {
    assessment: LoadedAssessment;
    coverage: Coverage;
    levels: Map<string, string | null>;
  },
) {
  const { assessment, coverage, levels } = input;
  const entries = input.itemKeys.map((key) => coverage.items.find((i) => i.item.key === key));
  const issues = input.itemKeys.flatMap((key, i) =>
    entries[i] ? [] : [{ path: `itemKeys.${i}`, message: `"${key}" is not an item of this assessment.` }],
  );
  if (issues.length)
    throw badRequest(
      issues.length === 1 ? issues[0].message : 'Some items are not in this assessment.',
      issues,
    );
  const seen = new Set<string>();
  const rows = [];
  for (const entry of entries) {
    const { item } = entry!;
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    const values = {
      organizationId: assessment.row.organizationId,
      assessmentId: assessment.row.id,
      frameworkKey: assessment.framework.key,
      itemKey: item.key,
      itemCode: item.code ?? null,
      itemTitle: item.title,
      levelKey: levels.get(item.key) ?? null,
      note: input.note ?? null,
      createdById: ctx.actor?.personId ?? null,
    };
    const [row] = await ctx.tx
      .insert(priorityCandidates)
      .values(values)
      .onConflictDoUpdate({
        target: [priorityCandidates.assessmentId, priorityCandidates.itemKey],
        set: { levelKey: values.levelKey, ...(input.note ? { note: input.note } : {}) },
      })
      .returning();
    await recordAudit(ctx, {
      organizationId: row.organizationId,
      entityType: 'priority_candidate',
      entityId: row.id,
      action: 'carry',
      after: row,
    });
    rows.push(row);
  }
  return rows;
}
