import { eq } from 'drizzle-orm';
import { planComments } from '../../db/schema';
import type { PlanCommentRow } from '../../queries/plan-comments';
import { type CommandContext, recordAudit } from '../context';

/**
 * Marks a thread resolved, or open again. Asking for the state it is already in changes nothing, so the
 * first resolver stays on record. The caller has authorized `resolveComment`.
 */
export async function resolveThread(
  ctx: CommandContext,
  input: { thread: PlanCommentRow; organizationId: string; resolved: boolean },
): Promise<PlanCommentRow> {
  const { thread, resolved } = input;
  if ((thread.resolvedAt !== null) === resolved) return thread;
  const [row] = await ctx.tx
    .update(planComments)
    .set(
      resolved
        ? { resolvedAt: new Date(), resolvedById: ctx.actor?.personId ?? null }
        : { resolvedAt: null, resolvedById: null },
    )
    .where(eq(planComments.id, thread.id))
    .returning();
  await recordAudit(ctx, {
    organizationId: input.organizationId,
    entityType: 'plan_comment',
    entityId: thread.id,
    action: resolved ? 'resolve' : 'reopen',
    before: { resolvedAt: thread.resolvedAt, resolvedById: thread.resolvedById },
    after: { resolvedAt: row.resolvedAt, resolvedById: row.resolvedById },
  });
  return row;
}
