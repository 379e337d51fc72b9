import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { memberships, organizations, people } from '../db/schema';

export type PersonRow = typeof people.$inferSelect;

export async function findPersonByEmail(db: Db | Tx, email: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(eq(sql`lower(${people.email})`, email.toLowerCase()));
  return row;
}

/** A person's memberships with the organization's name and kind, for the switcher and /api/me. */
export async function membershipsOf(db: Db | Tx, personId: string) {
  return db
    .select({
      id: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, personId), isNull(organizations.archivedAt)))
    .orderBy(asc(organizations.path), asc(memberships.role));
}
