import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';
import { canPlan, type PlanRef } from './plan';

export const actionStatusActions = ['read', 'report'] as const;
export type ActionStatusAction = (typeof actionStatusActions)[number];

/** What the rule needs to know about one action: where its plan sits and who answers for it. */
export type ActionStatusRef = {
  organization: OrganizationRef;
  planArchivedAt: Date | null;
  responsiblePersonId: string | null;
};

/** Reading and reporting never look at signatures, so the plan policy is asked with none. */
const planRefOf = (ref: ActionStatusRef): PlanRef => ({
  organization: ref.organization,
  status: 'draft',
  archivedAt: ref.planArchivedAt,
  signatories: [],
});

/**
 * Monthly status follows the plan, which follows its organization. The planning team reports on every
 * action; an action owner holds the role to report but answers only for the actions they are named on.
 * An archived plan's history no longer changes.
 */
export function canActionStatus(actor: Actor, action: ActionStatusAction, ref: ActionStatusRef): boolean {
  if (!canPlan(actor, 'read', planRefOf(ref))) return false;
  switch (action) {
    case 'read':
      return true;
    case 'report': {
      const org = ref.organization;
      if (ref.planArchivedAt !== null || !canOrganization(actor, 'reportStatus', org)) return false;
      if (canOrganization(actor, 'writePlan', org)) return true;
      return actor.kind === 'person' && ref.responsiblePersonId === actor.personId;
    }
  }
}

/** Throws 404 when the caller may not know the action exists, 403 when they may read it but not report. */
export function authorizeActionStatus(actor: Actor, action: ActionStatusAction, ref: ActionStatusRef) {
  if (canActionStatus(actor, action, ref)) return;
  if (!canActionStatus(actor, 'read', ref)) throw notFound('Action');
  if (ref.planArchivedAt) throw forbidden('This plan is archived; its reports can no longer change.');
  throw forbidden();
}
