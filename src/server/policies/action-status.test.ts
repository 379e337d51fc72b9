import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import { type ActionStatusRef, authorizeActionStatus, canActionStatus } from './action-status';

const district = 's/d/';
const school = { id: 'sc', path: 's/d/sc/' };
const sibling = 's/d/other/';
const person = (personId: string, role: Role, path = school.path): Actor => ({
  kind: 'person',
  personId,
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: 'x', path, role }],
});
const token = (scope: 'read' | 'write'): Actor => ({
  kind: 'token',
  personId: 'owner',
  tokenId: 't',
  scope,
  grants: [{ organizationId: 'sc', path: school.path, role: scope === 'write' ? 'team_member' : 'viewer' }],
});
const ref = (over: Partial<ActionStatusRef> = {}): ActionStatusRef => ({
  organization: school,
  planArchivedAt: null,
  responsiblePersonId: 'owner',
  ...over,
});
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe('action status policy', () => {
  it('lets the planning team and a write token report on any action', () => {
    for (const actor of [person('p', 'leader'), person('p', 'team_member'), token('write')]) {
      expect(canActionStatus(actor, 'report', ref())).toBe(true);
    }
  });

  it('lets an action owner report only on the actions they answer for', () => {
    expect(canActionStatus(person('owner', 'action_owner'), 'report', ref())).toBe(true);
    expect(canActionStatus(person('someone', 'action_owner'), 'report', ref())).toBe(false);
    expect(canActionStatus(person('someone', 'action_owner'), 'read', ref())).toBe(true);
    // A token speaks for the organization, never for the person who created it.
    expect(canActionStatus(token('read'), 'report', ref())).toBe(false);
  });

  it('lets the levels above read but not report, and hides the action from siblings', () => {
    for (const role of ['leader', 'team_member', 'administrator', 'coach'] as const) {
      const actor = person('p', role, district);
      expect(canActionStatus(actor, 'read', ref())).toBe(true);
      expect(status(() => authorizeActionStatus(actor, 'report', ref()))).toBe(403);
    }
    for (const role of ['coach', 'viewer'] as const) {
      expect(status(() => authorizeActionStatus(person('p', role), 'report', ref()))).toBe(403);
    }
    expect(status(() => authorizeActionStatus(person('p', 'leader', sibling), 'read', ref()))).toBe(404);
  });

  it('refuses reports on an archived plan', () => {
    const archived = ref({ planArchivedAt: new Date() });
    expect(canActionStatus(person('p', 'leader'), 'read', archived)).toBe(true);
    expect(status(() => authorizeActionStatus(person('p', 'leader'), 'report', archived))).toBe(403);
  });
});
