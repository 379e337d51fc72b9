import { and, asc, eq, inArray, like, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { networkMembers, networks, organizations } from '../db/schema';
import { notFound } from '../http/errors';
import type { OrganizationRow } from './organizations';

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMember = Pick<OrganizationRow, 'id' | 'name' | 'kind'>;

export async function loadNetwork(tx: Tx | Db, id: string): Promise<NetworkRow> {
  const row = await tx.query.networks.findFirst({ where: eq(networks.id, id) });
  if (!row) throw notFound('Network');
  return row;
}

export function listNetworks(tx: Tx, ownerId: string) {
  return tx
    .select()
    .from(networks)
    .where(eq(networks.ownerId, ownerId))
    .orderBy(asc(sql`lower(${networks.name})`), asc(networks.id));
}

/** Members of several networks in one query, each list alphabetical. */
export async function membersOf(tx: Tx, networkIds: string[]): Promise<Map<string, NetworkMember[]>> {
  const result = new Map<string, NetworkMember[]>(networkIds.map((id) => [id, []]));
  if (networkIds.length === 0) return result;
  const rows = await tx
    .select({
      networkId: networkMembers.networkId,
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
    })
    .from(networkMembers)
    .innerJoin(organizations, eq(organizations.id, networkMembers.organizationId))
    .where(inArray(networkMembers.networkId, networkIds))
    .orderBy(asc(sql`lower(${organizations.name})`), asc(organizations.id));
  for (const { networkId, ...member } of rows) result.get(networkId)?.push(member);
  return result;
}

/** The requested organizations that exist strictly below `owner`; anything else is not a valid member. */
export function candidateMembers(tx: Tx, owner: OrganizationRow, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(organizations)
    .where(
      and(
        inArray(organizations.id, ids),
        like(organizations.path, `${owner.path}%`),
        ne(organizations.id, owner.id),
      ),
    );
}
