import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { memberships, people, planComments } from '../db/schema';
import { notFound } from '../http/errors';
import { pathIds } from './organizations';

export type PlanCommentRow = typeof planComments.$inferSelect;
export type CommentListRow = { comment: PlanCommentRow; authorName: string | null };

/** A plan's comments oldest first, each with its author's name; one thread or all of them. */
export function commentsOf(tx: Tx | Db, planId: string, threadId?: string): Promise<CommentListRow[]> {
  const where = [eq(planComments.planId, planId)];
  if (threadId) where.push(or(eq(planComments.id, threadId), eq(planComments.threadId, threadId))!);
  return tx
    .select({ comment: planComments, authorName: people.name })
    .from(planComments)
    .leftJoin(people, eq(people.id, planComments.authorId))
    .where(and(...where))
    .orderBy(asc(planComments.createdAt), asc(planComments.id));
}

/** The first comment of a thread, which carries its anchor and resolution; only within the given plan. */
export async function findThread(
  tx: Tx | Db,
  planId: string,
  threadId: string,
): Promise<PlanCommentRow | undefined> {
  const [row] = await tx
    .select()
    .from(planComments)
    .where(
      and(eq(planComments.id, threadId), eq(planComments.planId, planId), isNull(planComments.threadId)),
    );
  return row;
}

/** As `findThread`; a thread of another plan is reported as missing. */
export async function loadThread(tx: Tx | Db, planId: string, threadId: string): Promise<PlanCommentRow> {
  const row = await findThread(tx, planId, threadId);
  if (!row) throw notFound('Comment thread');
  return row;
}

export async function personNames(tx: Tx | Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Which of these people can read an organization's plans: those holding any role there or above it, with an
 * account that is not disabled. The same rule as the plan's `read`, asked of someone other than the caller.
 */
export async function readersAmong(
  tx: Tx | Db,
  organization: { path: string },
  personIds: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: memberships.personId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        inArray(memberships.personId, unique),
        inArray(memberships.organizationId, pathIds(organization.path)),
        isNull(people.disabledAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
