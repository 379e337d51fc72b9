import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import {
  type AssessmentRef,
  aggregatesVisible,
  assessmentActions,
  authorizeAssessment,
  canAssessment,
} from './assessment';

const district = { id: 'd', path: 's/d/' };
const person = (personId: string, role: Role, path = 's/d/'): Actor => ({
  kind: 'person',
  personId,
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: 'x', path, role }],
});
const ref = (over: Partial<AssessmentRef> = {}): AssessmentRef => ({
  organization: district,
  mode: 'team',
  status: 'open',
  facilitatorId: 'fac',
  raters: [
    { personId: 'r1', submittedAt: null },
    { personId: 'r2', submittedAt: new Date() },
    { personId: 'fac', submittedAt: null },
  ],
  ...over,
});
const table = (actor: Actor, r: AssessmentRef) =>
  Object.fromEntries(assessmentActions.map((a) => [a, canAssessment(actor, a, r)]));
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe('assessment policy', () => {
  it('lets a rater who has not submitted rate and submit, but not see the team yet', () => {
    expect(table(person('r1', 'team_member'), ref())).toEqual({
      read: true,
      rate: true,
      submit: true,
      seeTeamRatings: false,
      facilitate: false,
      reflect: true,
      close: true,
      reopen: false,
      carry: true,
      export: true,
    });
  });

  it('shows the team’s ratings to a rater after submitting, and to readers who are not raters', () => {
    expect(canAssessment(person('r2', 'viewer'), 'seeTeamRatings', ref())).toBe(true);
    expect(canAssessment(person('r2', 'viewer'), 'rate', ref())).toBe(false);
    expect(canAssessment(person('boss', 'administrator', 's/'), 'seeTeamRatings', ref())).toBe(true);
    expect(canAssessment(person('fac', 'leader'), 'seeTeamRatings', ref())).toBe(false);
    expect(canAssessment(person('fac', 'leader'), 'seeTeamRatings', ref({ raters: [] }))).toBe(true);
  });

  it('never shows individual ratings in anonymous mode: not to the facilitator, leaders or anyone above', () => {
    const anonymous = ref({ mode: 'anonymous', status: 'closed' });
    for (const actor of [
      person('fac', 'leader'),
      person('r2', 'team_member'),
      person('admin', 'administrator'),
      person('state', 'administrator', 's/'),
      person('lead', 'leader', 's/'),
    ]) {
      expect(canAssessment(actor, 'seeTeamRatings', anonymous)).toBe(false);
      expect(canAssessment(actor, 'read', anonymous)).toBe(true);
    }
  });

  it('keeps consensus with the facilitator and close, reopen and carry with the facilitator or planning team', () => {
    expect(canAssessment(person('fac', 'viewer'), 'facilitate', ref())).toBe(true);
    expect(canAssessment(person('fac', 'viewer'), 'close', ref())).toBe(true);
    expect(canAssessment(person('lead', 'leader'), 'facilitate', ref())).toBe(false);
    expect(canAssessment(person('lead', 'leader'), 'close', ref())).toBe(true);
    expect(canAssessment(person('viewer', 'viewer'), 'close', ref())).toBe(false);
    expect(canAssessment(person('admin', 'administrator', 's/'), 'close', ref())).toBe(false);
    expect(canAssessment(person('lead', 'leader'), 'reopen', ref({ status: 'closed' }))).toBe(true);
  });

  it('locks a closed assessment with 409, refuses strangers to the role with 403 and hides it from others with 404', () => {
    const closed = ref({ status: 'closed' });
    expect(status(() => authorizeAssessment(person('r1', 'team_member'), 'rate', closed))).toBe(409);
    expect(status(() => authorizeAssessment(person('fac', 'leader'), 'facilitate', closed))).toBe(409);
    expect(status(() => authorizeAssessment(person('r2', 'team_member'), 'rate', ref()))).toBe(409);
    expect(status(() => authorizeAssessment(person('lead', 'leader'), 'rate', ref()))).toBe(403);
    expect(status(() => authorizeAssessment(person('lead', 'leader'), 'close', closed))).toBe(409);
    expect(status(() => authorizeAssessment(person('x', 'administrator', 's/other/'), 'read', ref()))).toBe(
      404,
    );
    expect(status(() => authorizeAssessment(person('x', 'leader', 's/d/school/'), 'read', ref()))).toBe(404);
  });

  it('refuses personal actions to API tokens and every write under an archived organization', () => {
    const token: Actor = {
      kind: 'token',
      personId: 'r1',
      tokenId: 't',
      scope: 'write',
      grants: [{ organizationId: 'd', path: 's/d/', role: 'team_member' }],
    };
    expect(canAssessment(token, 'rate', ref())).toBe(false);
    expect(canAssessment(token, 'close', ref())).toBe(true);
    const archived = ref({ organization: { ...district, archivedAt: new Date() } });
    expect(table(person('fac', 'leader'), archived)).toMatchObject({
      read: true,
      export: true,
      rate: false,
      facilitate: false,
      close: false,
    });
  });

  it('shows aggregates of an anonymous assessment only once everyone submitted or it is closed', () => {
    const admin = person('admin', 'administrator');
    const anonymous = ref({ mode: 'anonymous' });
    expect(aggregatesVisible(admin, anonymous)).toBe(false);
    const done = anonymous.raters.map((r) => ({ ...r, submittedAt: new Date() }));
    expect(aggregatesVisible(admin, { ...anonymous, raters: done })).toBe(true);
    expect(aggregatesVisible(admin, { ...anonymous, status: 'closed' })).toBe(true);
    expect(aggregatesVisible(person('r1', 'team_member'), ref())).toBe(false);
    expect(aggregatesVisible(person('r2', 'team_member'), ref())).toBe(true);
  });
});
