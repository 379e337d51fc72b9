import type { z } from 'zod';
import type { commentInput, PlanSnapshot } from '../../../shared/schemas/plan';
import { planComments } from '../../db/schema';
import { badRequest, fieldError } from '../../http/errors';
import { notify } from '../../notifications/notify';
import { anchorLink, anchorPlace } from '../../presenters/plan-comment';
import type { OrganizationRow } from '../../queries/organizations';
import { loadPerson } from '../../queries/people';
import { commentsOf, findThread, type PlanCommentRow, readersAmong } from '../../queries/plan-comments';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';

export type CommentInput = z.infer<typeof commentInput>;

const anchorless = new Set(['plan', 'direction', 'needs']);
const excerptMax = 280;

/**
 * Starts a thread on a part of the plan, or replies to one. A reply inherits its thread's anchor, so a
 * thread on a deleted item can still be answered. People mentioned are told in-app and by email; the
 * thread's earlier participants are told in-app only. The caller has authorized `comment`.
 */
export async function addPlanComment(
  ctx: CommandContext,
  input: CommentInput & { plan: PlanRow; organization: OrganizationRow; content: PlanSnapshot },
): Promise<{ comment: PlanCommentRow; threadId: string }> {
  const { plan, organization, content } = input;
  const thread = input.threadId ? await loadReplyTarget(ctx, plan.id, input.threadId) : null;
  const anchorType = thread?.anchorType ?? input.anchorType;
  const anchorId = thread ? thread.anchorId : input.anchorId;
  const place = anchorPlace(content, anchorType, anchorId);
  if (!thread) assertAnchor(anchorType, anchorId, place.exists);

  const mentionIds = [...new Set(input.mentionIds)];
  const readers = await readersAmong(ctx.tx, organization, mentionIds);
  const issues = input.mentionIds.flatMap((id, index) =>
    readers.has(id)
      ? []
      : [
          {
            path: `mentionIds.${index}`,
            message: 'This person cannot read the plan, so cannot be mentioned.',
          },
        ],
  );
  if (issues.length > 0) throw badRequest(issues[0].message, issues);

  const authorId = ctx.actor?.personId ?? null;
  const [comment] = await ctx.tx
    .insert(planComments)
    .values({
      planId: plan.id,
      threadId: thread?.id ?? null,
      anchorType,
      anchorId,
      body: input.body,
      mentionIds,
      authorId,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan_comment',
    entityId: comment.id,
    action: thread ? 'reply' : 'create',
    after: comment,
  });

  const authorName = authorId ? (await loadPerson(ctx.tx, authorId)).name : 'Someone';
  const where = `${place.label} of the ${organization.name} plan`;
  const common = {
    organizationId: organization.id,
    body: excerpt(input.body),
    link: anchorLink(organization.id, plan.id, place),
  };
  const mentioned = await notify(ctx, {
    ...common,
    personIds: mentionIds,
    kind: 'mention',
    title: `${authorName} mentioned you on ${where}`,
    email: true,
  });
  if (thread) {
    const told = new Set(mentioned);
    const earlier = await commentsOf(ctx.tx, plan.id, thread.id);
    const participants = earlier
      .flatMap(({ comment: c }) => [...(c.authorId ? [c.authorId] : []), ...c.mentionIds])
      .filter((id) => !told.has(id));
    // Someone who has since lost their role here is no longer told what the thread says.
    const stillReaders = await readersAmong(ctx.tx, organization, participants);
    await notify(ctx, {
      ...common,
      personIds: participants.filter((id) => stillReaders.has(id)),
      kind: 'reply',
      title: `${authorName} replied on ${where}`,
      email: false,
    });
  }
  return { comment, threadId: thread?.id ?? comment.id };
}

async function loadReplyTarget(ctx: CommandContext, planId: string, threadId: string) {
  const thread = await findThread(ctx.tx, planId, threadId);
  if (!thread) throw fieldError('threadId', 'There is no such comment thread on this plan.');
  return thread;
}

function assertAnchor(type: CommentInput['anchorType'], id: string | null, exists: boolean) {
  if (anchorless.has(type)) {
    if (id !== null) throw fieldError('anchorId', `A comment on the ${type} takes no anchor id.`);
    return;
  }
  if (id === null) throw fieldError('anchorId', 'Say which item of the plan the comment is about.');
  if (!exists) throw fieldError('anchorId', 'That item is not part of this plan.');
}

function excerpt(text: string) {
  return text.length <= excerptMax ? text : `${text.slice(0, excerptMax - 1).trimEnd()}…`;
}
