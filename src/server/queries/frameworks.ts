import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { AvailabilityStatus } from '../../shared/schemas/framework';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { frameworkAvailability, frameworks, organizations } from '../db/schema';
import { notFound } from '../http/errors';
import { canFramework } from '../policies/framework';
import { pathIds, visibleTo } from './organizations';

export type FrameworkRow = typeof frameworks.$inferSelect;
export type FrameworkOwner = { id: string; name: string; path: string; archivedAt: Date | null };
export type OwnedFramework = { row: FrameworkRow; owner: FrameworkOwner | null };

const ownerColumns = {
  id: organizations.id,
  name: organizations.name,
  path: organizations.path,
  archivedAt: organizations.archivedAt,
};

function withOwners(tx: Tx | Db, where: SQL | undefined) {
  return tx
    .select({ row: frameworks, owner: ownerColumns })
    .from(frameworks)
    .leftJoin(organizations, eq(organizations.id, frameworks.ownerId))
    .where(where)
    .orderBy(asc(frameworks.title), asc(frameworks.key), desc(frameworks.version));
}

export async function loadFramework(tx: Tx | Db, id: string): Promise<OwnedFramework> {
  const [found] = await withOwners(tx, eq(frameworks.id, id));
  if (!found) throw notFound('Framework');
  return found;
}

/** Every framework version the actor may read, by title, newest version first within a key. */
export async function listVisibleFrameworks(tx: Tx, actor: Actor, key?: string): Promise<OwnedFramework[]> {
  const where = and(
    isNull(frameworks.archivedAt),
    or(isNull(frameworks.ownerId), visibleTo(actor)),
    key === undefined ? undefined : eq(frameworks.key, key),
  );
  const rows = await withOwners(tx, where);
  return rows.filter((f) => canFramework(actor, 'read', { status: f.row.status, owner: f.owner }));
}

/** Ids of the newest published version of each key among the given frameworks. */
export function latestIds(list: OwnedFramework[]): Set<string> {
  const newest = new Map<string, FrameworkRow>();
  for (const { row } of list) {
    if (row.status !== 'published') continue;
    const current = newest.get(row.key);
    if (!current || row.version > current.version) newest.set(row.key, row);
  }
  return new Set([...newest.values()].map((r) => r.id));
}

/** Who holds a key and which versions exist, to keep keys to one owner and versions in sequence. */
export function versionsOfKey(tx: Tx, key: string) {
  return tx
    .select({
      id: frameworks.id,
      version: frameworks.version,
      status: frameworks.status,
      ownerId: frameworks.ownerId,
    })
    .from(frameworks)
    .where(eq(frameworks.key, key));
}

export type AvailabilityEntry = {
  frameworkKey: string;
  status: AvailabilityStatus;
  setBy: { id: string; name: string };
};

/** Settings made by an organization and everything above it, from the top down. */
export async function availabilityChain(tx: Tx, org: { path: string }): Promise<AvailabilityEntry[]> {
  const chain = pathIds(org.path);
  const rows = await tx
    .select({
      frameworkKey: frameworkAvailability.frameworkKey,
      status: frameworkAvailability.status,
      id: organizations.id,
      name: organizations.name,
    })
    .from(frameworkAvailability)
    .innerJoin(organizations, eq(organizations.id, frameworkAvailability.organizationId))
    .where(inArray(frameworkAvailability.organizationId, chain))
    .orderBy(asc(frameworkAvailability.frameworkKey));
  return rows
    .map(({ frameworkKey, status, id, name }) => ({ frameworkKey, status, setBy: { id, name } }))
    .sort((a, b) => chain.indexOf(a.setBy.id) - chain.indexOf(b.setBy.id));
}

/** Required anywhere in the chain beats available: an organization cannot waive what those above it require. */
export function effectiveAvailability(entries: AvailabilityEntry[]): Map<string, AvailabilityStatus> {
  const result = new Map<string, AvailabilityStatus>();
  for (const { frameworkKey, status } of entries) {
    if (result.get(frameworkKey) !== 'required') result.set(frameworkKey, status);
  }
  return result;
}

/** Keys with a published version that an organization and those below it can use: shipped or set above. */
export async function usableKeys(tx: Tx, org: { path: string }, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ key: frameworks.key })
    .from(frameworks)
    .where(
      and(
        inArray(frameworks.key, keys),
        eq(frameworks.status, 'published'),
        isNull(frameworks.archivedAt),
        or(isNull(frameworks.ownerId), inArray(frameworks.ownerId, pathIds(org.path))),
      ),
    );
  return new Set(rows.map((r) => r.key));
}
