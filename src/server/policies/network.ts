import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationAction, type OrganizationRef } from './organization';

export const networkActions = ['read', 'update', 'archive'] as const;
export type NetworkAction = (typeof networkActions)[number];

/** A network belongs to its owner: whoever may read or edit the owner may read or edit its networks. */
const ownerAction: Record<NetworkAction, OrganizationAction> = {
  read: 'read',
  update: 'update',
  archive: 'update',
};

export type NetworkRef = { archivedAt: Date | null; owner: OrganizationRef };

export function canNetwork(actor: Actor, action: NetworkAction, network: NetworkRef): boolean {
  // An archived network is history: it can be read and restored, not edited.
  if (network.archivedAt && action === 'update') return false;
  return canOrganization(actor, ownerAction[action], network.owner);
}

/** 404 when the caller may not read the owner (a network's existence is the owner's data), else 403. */
export function authorizeNetwork(actor: Actor, action: NetworkAction, network: NetworkRef) {
  if (canNetwork(actor, action, network)) return;
  if (!canNetwork(actor, 'read', network)) throw notFound('Network');
  if (network.archivedAt && action === 'update') {
    throw forbidden('This network is archived; restore it before editing.');
  }
  throw forbidden();
}
