import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { runInSystemTransaction } from '../commands/system';
import type { Db, Tx } from '../db/client';
import { jobRuns, reminderSends } from '../db/schema';
import type { Services } from '../http/env';
import { type NotifyInput, notify } from '../notifications/notify';

/** Of these occasions, the ones a previous run finished, so they are not scanned again. */
export async function finishedOccasions(db: Db, job: string, occasions: readonly string[]) {
  if (occasions.length === 0) return new Set<string>();
  const rows = await db
    .select({ occasion: jobRuns.occasion })
    .from(jobRuns)
    .where(
      and(eq(jobRuns.job, job), inArray(jobRuns.occasion, [...occasions]), isNotNull(jobRuns.finishedAt)),
    );
  return new Set(rows.map((row) => row.occasion));
}

/** Notes that a run of an occasion began; a run that never finishes leaves the row open and is retried. */
export async function startRun(db: Db, job: string, occasion: string, holder: string) {
  await db.insert(jobRuns).values({ job, occasion, holder }).onConflictDoNothing();
}

export async function finishRun(db: Db, job: string, occasion: string, holder: string, sent: number) {
  await db
    .update(jobRuns)
    .set({ holder, finishedAt: new Date(), sent: sql`${jobRuns.sent} + ${sent}` })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.occasion, occasion)));
}

/**
 * Claims one message (kind, person, occasion) inside the transaction that writes it. Only the first claim
 * inserts the row; a concurrent one waits on the key and then finds it taken, so whoever writes the message
 * is the only one who ever will, and a rolled-back write leaves the claim free for the next run.
 */
export async function claimSend(tx: Tx, kind: string, personId: string, occasion: string) {
  const rows = await tx
    .insert(reminderSends)
    .values({ kind, personId, occasion })
    .onConflictDoNothing()
    .returning({ personId: reminderSends.personId });
  return rows.length === 1;
}

/** Sends one notification (in-app, and email unless the person takes the digest) at most once per occasion. */
export function notifyOnce(
  services: Services,
  personId: string,
  occasion: string,
  notification: Omit<NotifyInput, 'personIds'>,
): Promise<boolean> {
  return runInSystemTransaction(services, async (ctx) => {
    if (!(await claimSend(ctx.tx, notification.kind, personId, occasion))) return false;
    await notify(ctx, { ...notification, personIds: [personId] });
    return true;
  });
}
