import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { jobLeases } from '../db/schema';

/**
 * Takes the named lease, or renews it for its holder, in one statement: the row is written only when it is
 * new, expired or already ours, so of several instances asking at once exactly one comes back holding it.
 */
export async function takeLease(db: Db, name: string, holder: string, now: Date, leaseMs: number) {
  const expiresAt = new Date(now.getTime() + leaseMs);
  const rows = await db
    .insert(jobLeases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder, expiresAt },
      setWhere: or(lt(jobLeases.expiresAt, now), eq(jobLeases.holder, holder)),
    })
    .returning({ holder: jobLeases.holder });
  return rows.length === 1;
}

/** Gives the lease up at once on shutdown, so another instance need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string) {
  await db.delete(jobLeases).where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)));
}
