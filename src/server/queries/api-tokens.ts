import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { apiTokens, people } from '../db/schema';
import { notFound } from '../http/errors';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function loadApiToken(db: Db | Tx, id: string): Promise<ApiTokenRow> {
  const row = await db.query.apiTokens.findFirst({ where: eq(apiTokens.id, id) });
  if (!row) throw notFound('API token');
  return row;
}

/** Newest first, with the creator's name. */
export async function listApiTokens(db: Db | Tx, organizationId: string) {
  return db
    .select({ token: apiTokens, creator: { id: people.id, name: people.name } })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.createdById))
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
