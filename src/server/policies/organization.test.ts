import { describe, expect, it } from 'vitest';
import type { Role, TokenScope } from '../../shared/roles';
import { type Actor, type Grant, tokenRole } from '../auth/actor';
import { ApiError } from '../http/errors';
import {
  authorizeOrganization,
  canOrganization,
  type OrganizationAction,
  type OrganizationRef,
  organizationAbilities,
  organizationActions,
} from './organization';

const org = (path: string, archivedAt: Date | null = null): OrganizationRef => ({
  id: path.split('/').at(-2) ?? path,
  path,
  archivedAt,
});
const state = org('s/');
const district = org('s/d1/');
const school = org('s/d1/a/');
const sibling = org('s/d1/b/');
const cousin = org('s/d2/c/');

const grant = (at: OrganizationRef, role: Role): Grant => ({ organizationId: at.id, path: at.path, role });
const person = (...grants: Grant[]): Actor => ({
  kind: 'person',
  personId: 'p',
  sessionId: null,
  csrfToken: null,
  grants,
});
const token = (at: OrganizationRef, scope: TokenScope): Actor => ({
  kind: 'token',
  personId: 'p',
  tokenId: 't',
  scope,
  grants: [grant(at, tokenRole(scope))],
});

/** The actions an actor has on an organization, as a sorted list for readable failures. */
function allowed(actor: Actor, target: OrganizationRef): OrganizationAction[] {
  const abilities = organizationAbilities(actor, target);
  return organizationActions.filter((action) => abilities[action]);
}

describe('organization policy', () => {
  it('gives a school leader its own school’s work, but not moving or archiving it', () => {
    expect(allowed(person(grant(school, 'leader')), school)).toEqual([
      'view',
      'read',
      'update',
      'manageMembers',
      'readAudit',
      'writePlan',
      'comment',
      'reportStatus',
    ]);
  });

  it('lets district staff read, comment and support a school but never write its plan', () => {
    for (const role of ['administrator', 'leader', 'team_member'] as const) {
      const actor = person(grant(district, role));
      expect(canOrganization(actor, 'read', school), role).toBe(true);
      expect(canOrganization(actor, 'comment', school), role).toBe(true);
      expect(canOrganization(actor, 'provideSupport', school), role).toBe(true);
      expect(canOrganization(actor, 'writePlan', school), role).toBe(false);
      expect(canOrganization(actor, 'reportStatus', school), role).toBe(false);
    }
  });

  it('reserves directory administration above an organization to administrators', () => {
    const admin = person(grant(state, 'administrator'));
    for (const action of [
      'update',
      'createChild',
      'move',
      'archive',
      'manageMembers',
      'manageTokens',
    ] as const) {
      expect(canOrganization(admin, action, school), action).toBe(true);
      expect(canOrganization(person(grant(state, 'leader')), action, school), action).toBe(false);
    }
    // An organization cannot move or archive itself; that is decided above it.
    const own = person(grant(district, 'administrator'));
    expect(canOrganization(own, 'move', district)).toBe(false);
    expect(canOrganization(own, 'archive', district)).toBe(false);
    expect(canOrganization(own, 'writePlan', district)).toBe(false);
  });

  it('gives coaches reading and comments, and viewers and action owners reading only, from above', () => {
    expect(allowed(person(grant(district, 'coach')), school)).toEqual(['view', 'read', 'comment']);
    expect(allowed(person(grant(district, 'viewer')), school)).toEqual(['view', 'read']);
    expect(allowed(person(grant(district, 'action_owner')), school)).toEqual(['view', 'read']);
    expect(allowed(person(grant(school, 'action_owner')), school)).toEqual(['view', 'read', 'reportStatus']);
  });

  it('shows the chain above as names only', () => {
    for (const role of ['administrator', 'leader', 'viewer'] as const) {
      expect(allowed(person(grant(school, role)), district), role).toEqual(['view']);
      expect(allowed(person(grant(school, role)), state), role).toEqual(['view']);
    }
  });

  it('hides siblings and unrelated organizations entirely', () => {
    for (const role of ['administrator', 'leader', 'team_member', 'coach'] as const) {
      expect(allowed(person(grant(school, role)), sibling), role).toEqual([]);
      expect(allowed(person(grant(school, role)), cousin), role).toEqual([]);
      expect(allowed(person(grant(district, role)), cousin), role).toEqual([]);
    }
  });

  it('combines several roles: the strongest applicable grant wins per action', () => {
    const actor = person(grant(state, 'viewer'), grant(school, 'team_member'));
    expect(canOrganization(actor, 'read', sibling)).toBe(true);
    expect(canOrganization(actor, 'writePlan', sibling)).toBe(false);
    expect(canOrganization(actor, 'writePlan', school)).toBe(true);
  });

  it('refuses everyone with no grants', () => {
    expect(allowed(person(), school)).toEqual([]);
  });

  it('keeps an archived organization readable but frozen, and lets it be restored', () => {
    const archived = org('s/d1/z/', new Date());
    expect(allowed(person(grant(district, 'administrator')), archived)).toEqual([
      'view',
      'read',
      'archive',
      'readAudit',
    ]);
    expect(allowed(person(grant(archived, 'leader')), archived)).toEqual(['view', 'read', 'readAudit']);
    expect(allowed(person(grant(archived, 'viewer')), archived)).toEqual(['view', 'read']);
  });

  it('treats a write token as a team member and a read token as a viewer of its organization', () => {
    expect(tokenRole('write')).toBe('team_member');
    expect(tokenRole('read')).toBe('viewer');
    expect(allowed(token(district, 'write'), district)).toEqual([
      'view',
      'read',
      'writePlan',
      'comment',
      'reportStatus',
    ]);
    expect(allowed(token(district, 'write'), school)).toEqual(['view', 'read', 'comment', 'provideSupport']);
    expect(allowed(token(district, 'read'), school)).toEqual(['view', 'read']);
    expect(allowed(token(district, 'write'), cousin)).toEqual([]);
    for (const action of ['update', 'manageMembers', 'manageTokens', 'readAudit'] as const) {
      expect(canOrganization(token(district, 'write'), action, district), action).toBe(false);
    }
  });

  it('answers 404 when the caller may not view, 403 when they may view but not act', () => {
    const status = (actor: Actor, action: OrganizationAction, target: OrganizationRef) => {
      try {
        authorizeOrganization(actor, action, target);
        return 'allowed';
      } catch (error) {
        return error instanceof ApiError ? error.status : error;
      }
    };
    const leader = person(grant(school, 'leader'));
    expect(status(leader, 'update', school)).toBe('allowed');
    expect(status(leader, 'archive', school)).toBe(403);
    expect(status(leader, 'read', district)).toBe(403);
    expect(status(leader, 'view', sibling)).toBe(404);
    expect(status(leader, 'update', sibling)).toBe(404);
    expect(status(leader, 'read', cousin)).toBe(404);
  });
});
