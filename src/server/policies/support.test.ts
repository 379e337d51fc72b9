import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import {
  authorizeSupport,
  canProvideFrom,
  canSupport,
  providingOrganizationId,
  supportAbilities,
  supportActions,
} from './support';

const state = { id: 's', path: 's/' };
const district = { id: 'd', path: 's/d/' };
const school = { id: 'sc', path: 's/d/sc/' };
const sibling = { id: 'sb', path: 's/d/sb/' };
const person = (role: Role, at: { id: string; path: string } = school): Actor => ({
  kind: 'person',
  personId: 'p',
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: at.id, path: at.path, role }],
});
const table = (actor: Actor) =>
  Object.fromEntries(supportActions.map((a) => [a, canSupport(actor, a, school)]));
const yes = (...actions: string[]) => Object.fromEntries(supportActions.map((a) => [a, actions.includes(a)]));
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe('support policy', () => {
  it('lets the school’s team ask and rate, never answer its own request', () => {
    expect(table(person('leader'))).toEqual(yes('read', 'request', 'evaluate'));
    expect(table(person('team_member'))).toEqual(yes('read', 'request', 'evaluate'));
    expect(table(person('viewer'))).toEqual(yes('read'));
    expect(status(() => authorizeSupport(person('leader'), 'respond', school))).toBe(403);
  });

  it('lets staff above answer and provide, and everyone above read', () => {
    for (const role of ['administrator', 'leader', 'team_member'] as const) {
      expect(table(person(role, district))).toEqual(yes('read', 'provide', 'respond'));
      expect(table(person(role, state))).toEqual(yes('read', 'provide', 'respond'));
    }
    expect(table(person('coach', district))).toEqual(yes('read'));
    expect(table(person('viewer', district))).toEqual(yes('read'));
  });

  it('hides a school’s supports from a sibling school', () => {
    expect(table(person('leader', sibling))).toEqual(yes());
    expect(status(() => authorizeSupport(person('leader', sibling), 'read', school))).toBe(404);
    expect(status(() => authorizeSupport(person('leader', sibling), 'respond', school))).toBe(404);
  });

  it('offers answering until closed and rating once provided', () => {
    const lead = person('leader');
    const above = person('leader', district);
    expect(supportAbilities(lead, { organization: school, status: 'requested' })).toEqual({
      respond: false,
      evaluate: false,
    });
    expect(supportAbilities(lead, { organization: school, status: 'provided' }).evaluate).toBe(true);
    expect(supportAbilities(lead, { organization: school, status: 'closed' }).evaluate).toBe(true);
    expect(supportAbilities(above, { organization: school, status: 'accepted' }).respond).toBe(true);
    expect(supportAbilities(above, { organization: school, status: 'closed' }).respond).toBe(false);
  });

  it('names as provider only an organization above the school where the caller is staff', () => {
    expect(canProvideFrom(person('team_member', district), district, school)).toBe(true);
    expect(canProvideFrom(person('leader', state), district, school)).toBe(true);
    expect(canProvideFrom(person('leader', district), state, school)).toBe(false);
    expect(canProvideFrom(person('coach', district), district, school)).toBe(false);
    expect(canProvideFrom(person('leader', school), school, school)).toBe(false);
    expect(providingOrganizationId(person('leader', district), school)).toBe('d');
    expect(providingOrganizationId(person('leader', school), school)).toBeNull();
    const both: Actor = {
      ...person('leader', state),
      grants: [
        { organizationId: 's', path: state.path, role: 'leader' },
        { organizationId: 'd', path: district.path, role: 'team_member' },
      ],
    };
    expect(providingOrganizationId(both, school)).toBe('d');
  });
});
