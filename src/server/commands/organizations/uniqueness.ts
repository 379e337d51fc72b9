import { and, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { organizations } from '../../db/schema';
import { fieldError } from '../../http/errors';

/**
 * Names are unique among live siblings and codes across the network (both ignoring case). Unique indexes
 * enforce it; checking first turns a constraint violation into a message beside the field.
 */
export async function assertUniqueNameAndCode(
  tx: Tx,
  input: { parentId: string | null; name?: string; code?: string | null; excludeId?: string },
) {
  const others = (clause: SQL) =>
    tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(clause, input.excludeId ? ne(organizations.id, input.excludeId) : undefined))
      .limit(1);
  if (input.name !== undefined) {
    const parent = input.parentId
      ? eq(organizations.parentId, input.parentId)
      : isNull(organizations.parentId);
    const [clash] = await others(
      and(
        parent,
        isNull(organizations.archivedAt),
        eq(sql`lower(${organizations.name})`, input.name.toLowerCase()),
      )!,
    );
    if (clash) throw fieldError('name', 'Another organization in the same place already has this name.');
  }
  if (input.code) {
    const [clash] = await others(eq(sql`lower(${organizations.code})`, input.code.toLowerCase()));
    if (clash) throw fieldError('code', 'Another organization already uses this code.');
  }
}
