import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { organizations, settings } from '../db/schema';

export async function needsSetup(db: Db | Tx): Promise<boolean> {
  const [row] = await db.select({ any: sql<number>`1` }).from(organizations).limit(1);
  return !row;
}

export async function isDemo(db: Db | Tx): Promise<boolean> {
  const row = await db.query.settings.findFirst({ where: eq(settings.key, 'demo') });
  return row?.value === true;
}
