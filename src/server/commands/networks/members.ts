import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { networkMembers } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { candidateMembers } from '../../queries/networks';
import type { OrganizationRow } from '../../queries/organizations';

/**
 * Members are schools or districts below the owner. Ids that are unknown or outside the owner's subtree get
 * the same answer, so a network form cannot be used to probe for organizations elsewhere. Archived
 * organizations may stay in a network but not join one.
 */
export async function checkMembers(
  tx: Tx,
  owner: OrganizationRow,
  requested: string[],
  current: string[],
): Promise<string[]> {
  const ids = [...new Set(requested)];
  const found = await candidateMembers(tx, owner, ids);
  const byId = new Map(found.map((o) => [o.id, o]));
  const outside = ids.filter((id) => {
    const org = byId.get(id);
    return !org || (org.kind !== 'school' && org.kind !== 'district');
  });
  if (outside.length > 0) {
    throw fieldError('memberIds', `Members must be schools or districts within ${owner.name}.`);
  }
  const archived = found.find((o) => o.archivedAt && !current.includes(o.id));
  if (archived) throw fieldError('memberIds', `${archived.name} is archived and cannot join a network.`);
  return ids;
}

export async function currentMemberIds(tx: Tx, networkId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: networkMembers.organizationId })
    .from(networkMembers)
    .where(eq(networkMembers.networkId, networkId));
  return rows.map((r) => r.id);
}

/** Writes only the difference, so unchanged memberships keep their rows. */
export async function replaceMembers(tx: Tx, networkId: string, current: string[], next: string[]) {
  const removed = current.filter((id) => !next.includes(id));
  const added = next.filter((id) => !current.includes(id));
  if (removed.length > 0) {
    await tx
      .delete(networkMembers)
      .where(and(eq(networkMembers.networkId, networkId), inArray(networkMembers.organizationId, removed)));
  }
  if (added.length > 0) {
    await tx.insert(networkMembers).values(added.map((organizationId) => ({ networkId, organizationId })));
  }
}
