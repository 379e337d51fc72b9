import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { memberships, organizations, people } from '../db/schema';
import { notFound } from '../http/errors';

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

export type MembershipRow = typeof memberships.$inferSelect;

export async function loadPerson(db: Db | Tx, id: string): Promise<PersonRow> {
  const row = await db.query.people.findFirst({ where: eq(people.id, id) });
  if (!row) throw notFound('Person');
  return row;
}

export async function loadMembership(db: Db | Tx, id: string): Promise<MembershipRow> {
  const row = await db.query.memberships.findFirst({ where: eq(memberships.id, id) });
  if (!row) throw notFound('Membership');
  return row;
}

/** The people holding roles at one organization, alphabetical by name (one row per role held). */
export async function listMembers(db: Db | Tx, organizationId: string) {
  return db
    .select({ membership: memberships, person: people })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id), asc(memberships.role));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
