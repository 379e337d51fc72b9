import { and, asc, count, eq, ilike, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { OrganizationListQuery } from '../../shared/schemas/organization';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { organizations } from '../db/schema';
import { notFound } from '../http/errors';

export type OrganizationRow = typeof organizations.$inferSelect;

export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export async function loadOrganization(tx: Tx | Db, id: string): Promise<OrganizationRow> {
  const row = await tx.query.organizations.findFirst({ where: eq(organizations.id, id) });
  if (!row) throw notFound('Organization');
  return row;
}

/** Organizations the actor may `view`: where they hold a role, everything below, and the chain above. */
export function visibleTo(actor: Actor): SQL {
  const below = actor.grants.map((g) => like(organizations.path, `${g.path}%`));
  const above = actor.grants.flatMap((g) => pathIds(g.path));
  const clauses = [...below, ...(above.length ? [inArray(organizations.id, above)] : [])];
  return clauses.length
    ? (or(...clauses) as SQL)
    : eq(organizations.id, '00000000-0000-0000-0000-000000000000');
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function listOrganizations(tx: Tx, actor: Actor, query: OrganizationListQuery) {
  const where: SQL[] = [visibleTo(actor)];
  if (!query.includeArchived) where.push(isNull(organizations.archivedAt));
  if (query.parentId) where.push(eq(organizations.parentId, query.parentId));
  if (query.kind) where.push(eq(organizations.kind, query.kind));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    where.push(
      or(
        ilike(organizations.name, pattern),
        ilike(organizations.code, pattern),
        ilike(organizations.cityCounty, pattern),
      ) as SQL,
    );
  }
  return tx
    .select()
    .from(organizations)
    .where(and(...where))
    .orderBy(asc(organizations.name))
    .limit(query.limit);
}

/** Names of every ancestor and the number of live children, fetched once for a whole page of results. */
export async function organizationContext(tx: Tx, rows: OrganizationRow[]) {
  const ancestorIds = [...new Set(rows.flatMap((r) => pathIds(r.path).slice(0, -1)))];
  const ids = rows.map((r) => r.id);
  const ancestors = await (ancestorIds.length
    ? tx
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, ancestorIds))
    : []);
  const children = await (ids.length
    ? tx
        .select({ parentId: organizations.parentId, n: count() })
        .from(organizations)
        .where(and(inArray(organizations.parentId, ids), isNull(organizations.archivedAt)))
        .groupBy(organizations.parentId)
    : []);
  return {
    names: new Map(ancestors.map((a) => [a.id, a.name])),
    childCounts: new Map(children.map((c) => [c.parentId as string, c.n])),
  };
}

export type OrganizationContext = Awaited<ReturnType<typeof organizationContext>>;
