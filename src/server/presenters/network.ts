import type { Network } from '../../shared/schemas/network';
import type { Actor } from '../auth/actor';
import { canNetwork } from '../policies/network';
import type { NetworkMember, NetworkRow } from '../queries/networks';
import type { OrganizationRow } from '../queries/organizations';

export function presentNetwork(
  row: NetworkRow,
  members: NetworkMember[],
  owner: OrganizationRow,
  actor: Actor,
): Network {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerId: row.ownerId,
    archived: row.archivedAt !== null,
    version: row.version,
    members: members.map((m) => ({ id: m.id, name: m.name, kind: m.kind })),
    abilities: { update: canNetwork(actor, 'update', { archivedAt: row.archivedAt, owner }) },
  };
}
