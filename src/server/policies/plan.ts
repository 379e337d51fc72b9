import type { PlanAbilities } from '../../shared/schemas/plan';
import type { PlanStatus } from '../../shared/schemas/plan-enums';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';

export const planActions = [
  'read',
  'edit',
  'comment',
  'resolveComment',
  'requestSignatures',
  'sign',
  'recordUpdate',
  'export',
  'archive',
] as const;
export type PlanAction = (typeof planActions)[number];

export type PlanRef = {
  organization: OrganizationRef;
  status: PlanStatus;
  archivedAt: Date | null;
  signatories: { personId: string; signedAt: Date | null }[];
};

/** Signing is personal: an API token speaks for an organization, never for the person who signs. */
function hasPendingSignature(actor: Actor, ref: PlanRef): boolean {
  if (actor.kind !== 'person') return false;
  return ref.signatories.some((s) => s.personId === actor.personId && s.signedAt === null);
}

/**
 * A plan is its organization's own data, so every rule defers to the organization's: its planning team
 * writes, everyone above reads, staff and coaches here and above comment. An archived plan is history.
 */
export function canPlan(actor: Actor, action: PlanAction, ref: PlanRef): boolean {
  const org = ref.organization;
  if (!canOrganization(actor, 'read', org)) return false;
  switch (action) {
    case 'read':
    case 'export':
      return true;
    case 'edit':
    case 'requestSignatures':
    case 'recordUpdate':
    case 'archive':
      return ref.archivedAt === null && canOrganization(actor, 'writePlan', org);
    case 'comment':
    case 'resolveComment':
      return canOrganization(actor, 'comment', org);
    case 'sign':
      return ref.archivedAt === null && hasPendingSignature(actor, ref);
  }
}

export function planAbilities(actor: Actor, ref: PlanRef): PlanAbilities {
  const can = (action: PlanAction) => canPlan(actor, action, ref);
  return {
    read: can('read'),
    edit: can('edit'),
    comment: can('comment'),
    requestSignatures: can('requestSignatures'),
    sign: can('sign'),
    recordUpdate: can('recordUpdate'),
    export: can('export'),
    archive: can('archive'),
  };
}

/** Throws 404 when the caller may not know the plan exists, 403 when they may read it but not act. */
export function authorizePlan(actor: Actor, action: PlanAction, ref: PlanRef) {
  if (canPlan(actor, action, ref)) return;
  if (!canPlan(actor, 'read', ref)) throw notFound('Plan');
  if (ref.archivedAt && action !== 'comment' && action !== 'resolveComment') {
    throw forbidden('This plan is archived; it can no longer change.');
  }
  throw forbidden();
}

/**
 * Goals, measures, strategies and the rest belong to their plan and follow its rules. The caller loads the
 * item with `plan_id` = the plan's id first, so an item of another plan is a 404 before this is asked.
 */
export function authorizePlanItem(actor: Actor, action: PlanAction, ref: PlanRef) {
  authorizePlan(actor, action, ref);
}
