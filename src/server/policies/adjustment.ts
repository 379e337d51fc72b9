import type { Actor } from '../auth/actor';
import {
  authorizeOrganization,
  canOrganization,
  type OrganizationAction,
  type OrganizationRef,
} from './organization';

export const adjustmentActions = ['read', 'record'] as const;
export type AdjustmentAction = (typeof adjustmentActions)[number];

/**
 * Adjustments are part of the organization's plan record: its planning team records them, and everyone who
 * reads the organization (the levels above included) reads them, so a change that affects a plan above is
 * seen there. Siblings see nothing.
 */
const organizationAction: Record<AdjustmentAction, OrganizationAction> = {
  read: 'read',
  record: 'writePlan',
};

export function canAdjustment(actor: Actor, action: AdjustmentAction, organization: OrganizationRef) {
  return canOrganization(actor, organizationAction[action], organization);
}

export function adjustmentAbilities(actor: Actor, organization: OrganizationRef) {
  return { record: canAdjustment(actor, 'record', organization) };
}

/** 404 when the organization is invisible to the caller, 403 when visible but the action is not theirs. */
export function authorizeAdjustment(actor: Actor, action: AdjustmentAction, organization: OrganizationRef) {
  authorizeOrganization(actor, organizationAction[action], organization);
}
