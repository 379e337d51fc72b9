import type { Actor } from '../auth/actor';
import { conflict, forbidden, notFound } from '../http/errors';
import { canOrganization, type OrganizationRef } from './organization';

export const assessmentActions = [
  'read',
  'rate',
  'submit',
  'seeTeamRatings',
  'facilitate',
  'reflect',
  'close',
  'reopen',
  'carry',
  'export',
] as const;
export type AssessmentAction = (typeof assessmentActions)[number];

export type AssessmentRef = {
  organization: OrganizationRef;
  mode: 'single' | 'team' | 'anonymous';
  status: 'open' | 'closed';
  facilitatorId: string;
  raters: { personId: string; submittedAt: Date | null }[];
};

/** Why an action is refused: the caller may not see the assessment, may not act on it, or its state forbids it. */
type Denial = { kind: 'hidden' } | { kind: 'forbidden' | 'locked'; message: string };

/** Rating and facilitating are personal: an API token speaks for an organization, not for one member of a team. */
function personId(actor: Actor): string | null {
  return actor.kind === 'person' ? actor.personId : null;
}

function raterOf(actor: Actor, ref: AssessmentRef) {
  const id = personId(actor);
  return id === null ? undefined : ref.raters.find((r) => r.personId === id);
}

function isFacilitator(actor: Actor, ref: AssessmentRef) {
  return personId(actor) === ref.facilitatorId;
}

const closed: Denial = { kind: 'locked', message: 'This assessment is closed; reopen it to make changes.' };

function denial(actor: Actor, action: AssessmentAction, ref: AssessmentRef): Denial | null {
  // Everything starts from reading the organization: the assessment is that organization's own data.
  if (!canOrganization(actor, 'read', ref.organization)) return { kind: 'hidden' };
  if (action === 'read' || action === 'export') return null;
  if (action === 'seeTeamRatings') {
    if (ref.mode === 'anonymous') {
      return {
        kind: 'forbidden',
        message: 'This is an anonymous assessment: only the team’s combined ratings are ever shown.',
      };
    }
    const rater = raterOf(actor, ref);
    if (rater && !rater.submittedAt) {
      return { kind: 'forbidden', message: 'Submit your own ratings first; then you will see the team’s.' };
    }
    return null;
  }
  if (ref.organization.archivedAt) {
    return { kind: 'forbidden', message: 'This organization is archived; its assessments are read-only.' };
  }
  if (action === 'rate' || action === 'submit') {
    const rater = raterOf(actor, ref);
    if (!rater) return { kind: 'forbidden', message: 'Only the people invited to rate can do this.' };
    if (ref.status === 'closed') return closed;
    if (rater.submittedAt) {
      return { kind: 'locked', message: 'You have submitted your ratings; they can no longer change.' };
    }
    return null;
  }
  if (action === 'facilitate') {
    if (!isFacilitator(actor, ref))
      return { kind: 'forbidden', message: 'Only the facilitator can do this.' };
    return ref.status === 'closed' ? closed : null;
  }
  // reflect, close, reopen, carry: the facilitator, or the organization's own planning team.
  if (!isFacilitator(actor, ref) && !canOrganization(actor, 'writePlan', ref.organization)) {
    return {
      kind: 'forbidden',
      message: 'Only the facilitator or the organization’s planning team can do this.',
    };
  }
  if (action === 'reflect' && ref.status === 'closed') return closed;
  if (action === 'close' && ref.status === 'closed') {
    return { kind: 'locked', message: 'This assessment is already closed.' };
  }
  if (action === 'reopen' && ref.status === 'open') {
    return { kind: 'locked', message: 'This assessment is open already.' };
  }
  return null;
}

export function canAssessment(actor: Actor, action: AssessmentAction, ref: AssessmentRef): boolean {
  return denial(actor, action, ref) === null;
}

/** 404 when the caller may not read the organization, 403 when they may not act, 409 when the state forbids it. */
export function authorizeAssessment(actor: Actor, action: AssessmentAction, ref: AssessmentRef) {
  const refused = denial(actor, action, ref);
  if (!refused) return;
  if (refused.kind === 'hidden') throw notFound('Assessment');
  if (refused.kind === 'locked') throw conflict(refused.message);
  throw forbidden(refused.message);
}

/** Whether the team's ratings (as opposed to the caller's own) may reach this caller in any form. */
export function teamRatingsVisible(actor: Actor, ref: AssessmentRef): boolean {
  return canAssessment(actor, 'seeTeamRatings', ref);
}

/**
 * Whether rating aggregates (distributions, means, disagreement, medians) may reach this caller. In team and
 * single mode they follow the team ratings rule, so a rater is not swayed before submitting. In anonymous mode
 * they appear only once every rater has submitted, or the assessment is closed, so nobody can tell one person's
 * rating by watching the counts move as people save.
 */
export function aggregatesVisible(actor: Actor, ref: AssessmentRef): boolean {
  if (!canOrganization(actor, 'read', ref.organization)) return false;
  if (ref.mode !== 'anonymous') return teamRatingsVisible(actor, ref);
  return ref.status === 'closed' || ref.raters.every((r) => r.submittedAt !== null);
}
