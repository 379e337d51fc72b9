import type { Actor } from '../auth/actor';
import { conflict, forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';

export const frameworkActions = ['read', 'edit', 'publish', 'clone'] as const;
export type FrameworkAction = (typeof frameworkActions)[number];

/** `owner: null` is a framework shipped with the product. */
export type FrameworkRef = { status: 'draft' | 'published'; owner: OrganizationRef | null };

/** Anywhere the actor may author frameworks, for the `clone` ability when no target is named yet. */
function managesAnyFrameworks(actor: Actor) {
  return actor.grants.some((g) =>
    canOrganization(actor, 'manageFrameworks', { id: g.organizationId, path: g.path }),
  );
}

/**
 * Frameworks defer to their owner. Shipped ones are read by every signed-in person and never change. A
 * published framework of an organization is seen by everyone who can see that organization (those below
 * it use what it publishes); a draft is its owner's own data. Only drafts are edited or published, by those
 * who author frameworks for the owner. Cloning needs authoring rights on the organization receiving the copy.
 */
export function canFramework(
  actor: Actor,
  action: FrameworkAction,
  framework: FrameworkRef,
  target?: OrganizationRef,
): boolean {
  const { owner, status } = framework;
  const readable = owner === null || canOrganization(actor, status === 'draft' ? 'read' : 'view', owner);
  switch (action) {
    case 'read':
      return readable;
    case 'edit':
    case 'publish':
      return status === 'draft' && owner !== null && canOrganization(actor, 'manageFrameworks', owner);
    case 'clone':
      return (
        readable &&
        (target ? canOrganization(actor, 'manageFrameworks', target) : managesAnyFrameworks(actor))
      );
  }
}

/**
 * 404 when the caller may not see the framework. Changing a published version is a conflict with its state,
 * not a matter of rights, so its owner's authors hear why (409); a shipped framework is nobody's to change.
 */
export function authorizeFramework(
  actor: Actor,
  action: FrameworkAction,
  framework: FrameworkRef,
  target?: OrganizationRef,
) {
  if (canFramework(actor, action, framework, target)) return;
  if (!canFramework(actor, 'read', framework)) throw notFound('Framework');
  if ((action === 'edit' || action === 'publish') && framework.status === 'published') {
    if (framework.owner === null) {
      throw forbidden('Frameworks shipped with Throughline never change; clone one to adapt it.');
    }
    if (canOrganization(actor, 'manageFrameworks', framework.owner)) {
      throw conflict(
        action === 'edit'
          ? 'This version is published and can no longer change; clone it to make a new draft.'
          : 'This version is already published.',
      );
    }
  }
  throw forbidden();
}
