import { and, eq } from 'drizzle-orm';
import type { Coverage } from '../../assessments/outcomes';
import type { Tx } from '../../db/client';
import { assessmentRaters, assessments } from '../../db/schema';
import { conflict, fieldError, notFound } from '../../http/errors';

/** The item must be one the assessment covers (a rated item of its chosen sections). */
export function requireItem(coverage: Coverage, itemKey: string) {
  const entry = coverage.items.find((i) => i.item.key === itemKey);
  if (!entry) throw notFound('Item');
  return entry;
}

export function requireLevel(coverage: Coverage, levelKey: string) {
  if (!coverage.scale.rank.has(levelKey)) {
    const names = coverage.scale.levels.map((l) => l.key).join(', ');
    throw fieldError('levelKey', `Choose one of this framework’s levels: ${names}.`);
  }
}

/**
 * Re-reads the assessment's status under a share lock, so a close committed a moment ago (or in progress) is
 * seen: the write either happens before the close or is refused after it, never slipped in past the lock.
 */
export async function lockOpen(tx: Tx, assessmentId: string) {
  const [row] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .for('share');
  if (row?.status !== 'open') throw conflict('This assessment is closed; reopen it to make changes.');
}

/** Same for a rater's own submission: ratings cannot change once they are submitted, even by a request in flight. */
export async function lockUnsubmitted(tx: Tx, assessmentId: string, raterId: string) {
  const [row] = await tx
    .select({ submittedAt: assessmentRaters.submittedAt })
    .from(assessmentRaters)
    .where(and(eq(assessmentRaters.assessmentId, assessmentId), eq(assessmentRaters.personId, raterId)))
    .for('update');
  if (!row || row.submittedAt) throw conflict('You have submitted your ratings; they can no longer change.');
}
