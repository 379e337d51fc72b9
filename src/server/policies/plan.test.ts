import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import { authorizePlan, authorizePlanItem, canPlan, type PlanRef, planAbilities, planActions } from './plan';

const school = { id: 'sc', path: 's/d/sc/' };
const person = (personId: string, role: Role, path = school.path): Actor => ({
  kind: 'person',
  personId,
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: 'x', path, role }],
});
const token = (role: Role): Actor => ({
  kind: 'token',
  personId: 'signer',
  tokenId: 't',
  scope: role === 'viewer' ? 'read' : 'write',
  grants: [{ organizationId: 'sc', path: school.path, role }],
});
const ref = (over: Partial<PlanRef> = {}): PlanRef => ({
  organization: school,
  status: 'awaiting_signatures',
  archivedAt: null,
  signatories: [
    { personId: 'signer', signedAt: null },
    { personId: 'signed', signedAt: new Date() },
  ],
  ...over,
});
const table = (actor: Actor, r: PlanRef = ref()) =>
  Object.fromEntries(planActions.map((a) => [a, canPlan(actor, a, r)]));
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};
const yes = (...actions: string[]) => Object.fromEntries(planActions.map((a) => [a, actions.includes(a)]));

describe('plan policy', () => {
  it('lets the school’s planning team do everything but sign for others', () => {
    for (const role of ['leader', 'team_member'] as const) {
      expect(table(person('p', role))).toEqual(
        yes(
          'read',
          'edit',
          'comment',
          'resolveComment',
          'requestSignatures',
          'recordUpdate',
          'export',
          'archive',
        ),
      );
    }
  });

  it('lets everyone above read and export; staff and coaches above comment; nobody above edits', () => {
    expect(table(person('p', 'leader', 's/d/'))).toEqual(yes('read', 'comment', 'resolveComment', 'export'));
    expect(table(person('p', 'administrator', 's/'))).toEqual(
      yes('read', 'comment', 'resolveComment', 'export'),
    );
    expect(table(person('p', 'coach', 's/d/'))).toEqual(yes('read', 'comment', 'resolveComment', 'export'));
    expect(table(person('p', 'viewer', 's/d/'))).toEqual(yes('read', 'export'));
    expect(table(person('p', 'action_owner', 's/d/'))).toEqual(yes('read', 'export'));
  });

  it('keeps the plan from sibling schools and other branches', () => {
    for (const path of ['s/d/other/', 's/d2/', 'elsewhere/']) {
      expect(table(person('p', 'administrator', path))).toEqual(yes());
    }
  });

  it('lets only a named signatory sign, once, in person', () => {
    expect(canPlan(person('signer', 'viewer'), 'sign', ref())).toBe(true);
    expect(canPlan(person('signer', 'leader', 's/d/'), 'sign', ref())).toBe(true);
    expect(canPlan(person('signed', 'leader'), 'sign', ref())).toBe(false);
    expect(canPlan(person('someone', 'leader'), 'sign', ref())).toBe(false);
    expect(canPlan(token('team_member'), 'sign', ref())).toBe(false);
    // A signatory who can no longer read the plan cannot sign it either.
    expect(canPlan(person('signer', 'leader', 's/d/other/'), 'sign', ref())).toBe(false);
  });

  it('makes an archived plan read-only history', () => {
    const archived = ref({ archivedAt: new Date() });
    expect(table(person('signer', 'leader'), archived)).toEqual(
      yes('read', 'comment', 'resolveComment', 'export'),
    );
    expect(status(() => authorizePlan(person('p', 'leader'), 'edit', archived))).toBe(403);
  });

  it('follows the organization into its archive', () => {
    const closed = ref({ organization: { ...school, archivedAt: new Date() } });
    expect(table(person('p', 'leader'), closed)).toEqual(yes('read', 'export'));
  });

  it('answers 404 to those who may not read and 403 to readers who may not act', () => {
    expect(status(() => authorizePlan(person('p', 'leader', 's/d/other/'), 'read', ref()))).toBe(404);
    expect(status(() => authorizePlan(person('p', 'leader', 's/d/other/'), 'edit', ref()))).toBe(404);
    expect(status(() => authorizePlan(person('p', 'leader', 's/d/'), 'edit', ref()))).toBe(403);
    expect(status(() => authorizePlanItem(person('p', 'viewer'), 'edit', ref()))).toBe(403);
    expect(status(() => authorizePlanItem(person('p', 'team_member'), 'edit', ref()))).toBe(200);
  });

  it('reports abilities with the same rules, for API tokens too', () => {
    expect(planAbilities(token('viewer'), ref())).toEqual({
      read: true,
      edit: false,
      comment: false,
      requestSignatures: false,
      sign: false,
      recordUpdate: false,
      export: true,
      archive: false,
    });
    expect(planAbilities(token('team_member'), ref())).toMatchObject({
      edit: true,
      comment: true,
      sign: false,
    });
  });
});
