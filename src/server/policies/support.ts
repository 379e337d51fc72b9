import type { Role } from '../../shared/roles';
import type { SupportStatus } from '../../shared/schemas/monitoring-enums';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';
import { relationOf } from './relation';

export const supportActions = ['read', 'request', 'provide', 'respond', 'evaluate'] as const;
export type SupportAction = (typeof supportActions)[number];

/** The support's receiving organization and its state. */
export type SupportRef = { organization: OrganizationRef; status: SupportStatus };

const staff: Role[] = ['administrator', 'leader', 'team_member'];

/**
 * A support belongs to the organization that receives it. Its planning team asks for it and rates it; the
 * staff of the levels above (who may `provideSupport`) answer it or give one unasked; everyone who reads the
 * organization reads its supports. A school can therefore never answer its own request.
 */
export function canSupport(actor: Actor, action: SupportAction, organization: OrganizationRef): boolean {
  switch (action) {
    case 'read':
      return canOrganization(actor, 'read', organization);
    case 'request':
    case 'evaluate':
      return canOrganization(actor, 'writePlan', organization);
    case 'provide':
    case 'respond':
      return canOrganization(actor, 'provideSupport', organization);
  }
}

/** What the caller may do with this support now: answering ends once it is closed, rating needs it provided. */
export function supportAbilities(actor: Actor, ref: SupportRef) {
  return {
    respond: ref.status !== 'closed' && canSupport(actor, 'respond', ref.organization),
    evaluate:
      (ref.status === 'provided' || ref.status === 'closed') &&
      canSupport(actor, 'evaluate', ref.organization),
  };
}

/**
 * Throws 404 when the caller may not know the organization's supports exist, 403 when they may not act.
 * `missing` names what was looked up: the support, or the organization for its lists and new supports.
 */
export function authorizeSupport(
  actor: Actor,
  action: SupportAction,
  organization: OrganizationRef,
  missing: 'Support' | 'Organization' = 'Support',
) {
  if (canSupport(actor, action, organization)) return;
  if (!canSupport(actor, 'read', organization)) throw notFound(missing);
  throw forbidden();
}

/**
 * Whether the caller may name `provider` as the organization giving a support to `receiving`: it must sit
 * above the receiving organization, and the caller must be on its staff or the staff of a level above it.
 */
export function canProvideFrom(actor: Actor, provider: OrganizationRef, receiving: OrganizationRef): boolean {
  if (relationOf(provider.path, receiving.path) !== 'ancestor') return false;
  return actor.grants.some((grant) => {
    const relation = relationOf(grant.path, provider.path);
    return (relation === 'self' || relation === 'ancestor') && staff.includes(grant.role);
  });
}

/** The nearest organization above `receiving` where the caller is staff: who gives a support arranged unasked. */
export function providingOrganizationId(actor: Actor, receiving: OrganizationRef): string | null {
  const above = actor.grants
    .filter((grant) => staff.includes(grant.role) && relationOf(grant.path, receiving.path) === 'ancestor')
    .sort((a, b) => b.path.length - a.path.length);
  return above[0]?.organizationId ?? null;
}
