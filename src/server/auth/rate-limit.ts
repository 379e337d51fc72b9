import { and, count, eq, gt, lt } from 'drizzle-orm';
import { limits } from '../../shared/limits';
import type { Db } from '../db/client';
import { loginFailures } from '../db/schema';

const windowMs = limits.loginWindowMinutes * 60_000;

export type LimitKey = { key: string; max: number };

/** The keys a sign-in attempt counts against: the account, and (more loosely, for shared school networks) the address. */
export function loginKeys(email: string, ip: string): LimitKey[] {
  return [
    { key: `email:${email}`, max: limits.loginFailuresPerWindow },
    { key: `ip:${ip}`, max: limits.loginFailuresPerWindow * 10 },
  ];
}

/** Failures are counted in the database so every app instance enforces the same limit. */
export async function isLoginLimited(db: Db, keys: LimitKey[], now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs);
  for (const { key, max } of keys) {
    const [row] = await db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
    if (row.n >= max) return true;
  }
  return false;
}

export async function recordLoginFailure(db: Db, keys: LimitKey[], now = new Date()) {
  await db.insert(loginFailures).values(keys.map(({ key }) => ({ key, at: now })));
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - windowMs)));
}

export async function clearLoginFailures(db: Db, key: LimitKey) {
  await db.delete(loginFailures).where(eq(loginFailures.key, key.key));
}
