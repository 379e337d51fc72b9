import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import { adjustmentAbilities, authorizeAdjustment, canAdjustment } from './adjustment';

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
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe('adjustment policy', () => {
  it('leaves recording to the organization’s planning team', () => {
    expect(adjustmentAbilities(person('leader'), school)).toEqual({ record: true });
    expect(adjustmentAbilities(person('team_member'), school)).toEqual({ record: true });
    expect(adjustmentAbilities(person('action_owner'), school)).toEqual({ record: false });
    expect(adjustmentAbilities(person('leader', district), school)).toEqual({ record: false });
    expect(status(() => authorizeAdjustment(person('leader', district), 'record', school))).toBe(403);
  });

  it('shows them to everyone reading the organization, above included, and hides them from siblings', () => {
    expect(canAdjustment(person('viewer'), 'read', school)).toBe(true);
    expect(canAdjustment(person('viewer', district), 'read', school)).toBe(true);
    expect(canAdjustment(person('leader', sibling), 'read', school)).toBe(false);
    expect(status(() => authorizeAdjustment(person('leader', sibling), 'read', school))).toBe(404);
  });
});
