import { and, eq, sql } from 'drizzle-orm';
import type { DirectionInput } from '../../../shared/schemas/plan';
import { planDirections } from '../../db/schema';
import type { LoadedPlan } from '../../plans/load';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** Replaces step 1 of the plan (vision, mission, purpose, glossary, team); the caller has authorized `edit`. */
export async function setDirection(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; direction: DirectionInput },
) {
  const { loaded } = input;
  const { version, ...fields } = input.direction;
  const planId = loaded.plan.id;
  const current = await ctx.tx.query.planDirections.findFirst({ where: eq(planDirections.planId, planId) });
  if (!current) throw staleWrite('direction');
  assertVersion(current, version, 'direction');
  const [row] = await ctx.tx
    .update(planDirections)
    .set({
      vision: fields.vision ?? null,
      mission: fields.mission ?? null,
      purposeIf: fields.purposeIf ?? null,
      purposeThen: fields.purposeThen ?? null,
      purposeAnd: fields.purposeAnd ?? null,
      glossary: fields.glossary,
      leadershipTeam: fields.leadershipTeam.map((m) => ({ name: m.name, position: m.position ?? null })),
      version: sql`${planDirections.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(planDirections.planId, planId), eq(planDirections.version, version)))
    .returning();
  if (!row) throw staleWrite('direction');
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: 'plan_direction',
    entityId: planId,
    action: 'update',
    before: current,
    after: row,
  });
  await refreshPlanSummary(ctx.tx, planId);
  return row;
}
