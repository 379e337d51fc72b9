import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { type Relation, relationOf } from './relation';

export const organizationActions = [
  'view',
  'read',
  'update',
  'createChild',
  'move',
  'archive',
  'manageMembers',
  'manageTokens',
  'readOutbox',
  'readAudit',
  'manageFrameworks',
  'writePlan',
  'comment',
  'provideSupport',
  'reportStatus',
] as const;
export type OrganizationAction = (typeof organizationActions)[number];

const everyone: Role[] = ['administrator', 'leader', 'team_member', 'action_owner', 'coach', 'viewer'];
const staff: Role[] = ['administrator', 'leader', 'team_member'];

/**
 * Structured autonomy as a table: who may do what, by the relation between where the role is held and the
 * target. Anything not listed is refused. `view` is the name and place in the tree (breadcrumbs); `read` is
 * the organization's own data, which siblings and unrelated organizations never see.
 */
export const organizationRules: Record<OrganizationAction, Partial<Record<Relation, Role[]>>> = {
  view: { self: everyone, ancestor: everyone, descendant: everyone },
  read: { self: everyone, ancestor: everyone },
  update: { self: ['administrator', 'leader'], ancestor: ['administrator'] },
  createChild: { self: ['administrator'], ancestor: ['administrator'] },
  move: { ancestor: ['administrator'] },
  archive: { ancestor: ['administrator'] },
  manageMembers: { self: ['administrator', 'leader'], ancestor: ['administrator'] },
  manageTokens: { self: ['administrator'], ancestor: ['administrator'] },
  // The outbox holds live invitation and reset links, so only those who could grant any role may read it.
  readOutbox: { self: ['administrator'], ancestor: ['administrator'] },
  readAudit: { self: ['administrator', 'leader'], ancestor: ['administrator', 'leader'] },
  // Authoring frameworks and choosing which ones the organizations below may or must use.
  manageFrameworks: { self: ['administrator'] },
  writePlan: { self: ['leader', 'team_member'] },
  comment: { self: [...staff, 'coach'], ancestor: [...staff, 'coach'] },
  provideSupport: { ancestor: staff },
  reportStatus: { self: ['leader', 'team_member', 'action_owner'] },
};

export type OrganizationRef = { id: string; path: string; archivedAt?: Date | null };

/** Actions that still make sense on an archived organization; everything else is read-only history. */
const allowedWhenArchived: OrganizationAction[] = ['view', 'read', 'readAudit', 'archive'];

export function canOrganization(actor: Actor, action: OrganizationAction, org: OrganizationRef): boolean {
  if (org.archivedAt && !allowedWhenArchived.includes(action)) return false;
  const rule = organizationRules[action];
  return actor.grants.some((grant) => rule[relationOf(grant.path, org.path)]?.includes(grant.role) ?? false);
}

export type OrganizationAbilities = Record<OrganizationAction, boolean>;

export function organizationAbilities(actor: Actor, org: OrganizationRef): OrganizationAbilities {
  return Object.fromEntries(
    organizationActions.map((action) => [action, canOrganization(actor, action, org)]),
  ) as OrganizationAbilities;
}

/** Throws 404 when the caller may not even know the organization exists, 403 when they may see it but not act. */
export function authorizeOrganization(actor: Actor, action: OrganizationAction, org: OrganizationRef) {
  if (canOrganization(actor, action, org)) return;
  if (!canOrganization(actor, 'view', org)) throw notFound('Organization');
  throw forbidden();
}
