import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import type { ApiError } from '../http/errors';
import { authorizeMetric, canMetric, type MetricRef } from './metric';

const state = { id: 's', path: 's/' };
const district = { id: 'd', path: 's/d/' };
const school = { id: 'sc', path: 's/d/sc/' };
const sibling = { id: 'sb', path: 's/d2/sb/' };
const person = (role: Role, at: { path: string }): Actor => ({
  kind: 'person',
  personId: 'p',
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: 'x', path: at.path, role }],
});
const token = (scope: 'read' | 'write'): Actor => ({
  kind: 'token',
  personId: 'p',
  tokenId: 't',
  scope,
  grants: [{ organizationId: 'd', path: district.path, role: scope === 'write' ? 'team_member' : 'viewer' }],
});
const districtMetric: MetricRef = { organization: district, archivedAt: null };
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as ApiError).status;
  }
};

describe('metric policy', () => {
  it('is read by the organization, everyone above it and every organization below it', () => {
    expect(canMetric(person('viewer', district), 'read', districtMetric)).toBe(true);
    expect(canMetric(person('viewer', state), 'read', districtMetric)).toBe(true);
    expect(canMetric(person('action_owner', school), 'read', districtMetric)).toBe(true);
    expect(canMetric(person('leader', sibling), 'read', districtMetric)).toBe(false);
  });

  it('is managed by the organization’s administrators and leaders and administrators above', () => {
    expect(canMetric(person('administrator', district), 'edit', districtMetric)).toBe(true);
    expect(canMetric(person('leader', district), 'edit', districtMetric)).toBe(true);
    expect(canMetric(person('administrator', state), 'edit', districtMetric)).toBe(true);
    expect(canMetric(person('leader', state), 'edit', districtMetric)).toBe(false);
    expect(canMetric(person('team_member', district), 'edit', districtMetric)).toBe(false);
    // A school reports against its district's metric but does not redefine it.
    expect(canMetric(person('administrator', school), 'edit', districtMetric)).toBe(false);
    expect(canMetric(token('write'), 'edit', districtMetric)).toBe(false);
  });

  it('answers 404 to those who may not see it and 403 to those who may only read it', () => {
    expect(status(() => authorizeMetric(person('leader', sibling), 'edit', districtMetric))).toBe(404);
    expect(status(() => authorizeMetric(person('leader', school), 'edit', districtMetric))).toBe(403);
    expect(status(() => authorizeMetric(person('leader', district), 'edit', districtMetric))).toBe(200);
    expect(status(() => authorizeMetric(token('read'), 'read', districtMetric))).toBe(200);
  });
});
