import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import { authorizeFramework, canFramework, type FrameworkRef, frameworkActions } from './framework';

const state = { id: 's', path: 's/' };
const district = { id: 'd', path: 's/d/' };
const sibling = { id: 'o', path: 's/o/' };
const actor = (role: Role, path: string): Actor => ({
  kind: 'person',
  personId: 'p',
  sessionId: null,
  csrfToken: null,
  grants: [{ organizationId: path.split('/').at(-2)!, path, role }],
});
const shipped: FrameworkRef = { status: 'published', owner: null };
const draft: FrameworkRef = { status: 'draft', owner: district };
const published: FrameworkRef = { status: 'published', owner: district };
const table = (a: Actor, f: FrameworkRef) => frameworkActions.map((action) => canFramework(a, action, f));

describe('framework policy', () => {
  it('lets every signed-in person read a shipped framework, never change it, and administrators clone it', () => {
    expect(table(actor('viewer', 's/d/school/'), shipped)).toEqual([true, false, false, false]);
    expect(table(actor('administrator', 's/d/school/'), shipped)).toEqual([true, false, false, true]);
  });

  it('keeps a draft to those who can read its owner, and its editing to the owner’s administrators', () => {
    expect(table(actor('administrator', 's/d/'), draft)).toEqual([true, true, true, true]);
    expect(table(actor('leader', 's/d/'), draft)).toEqual([true, false, false, false]);
    expect(table(actor('administrator', 's/'), draft)).toEqual([true, false, false, true]);
    expect(table(actor('administrator', 's/d/school/'), draft)).toEqual([false, false, false, false]);
    expect(table(actor('administrator', 's/o/'), draft)).toEqual([false, false, false, false]);
  });

  it('shows a published framework to the organizations below its owner, and lets nobody change it', () => {
    expect(table(actor('viewer', 's/d/school/'), published)).toEqual([true, false, false, false]);
    expect(table(actor('administrator', 's/d/'), published)).toEqual([true, false, false, true]);
    expect(table(actor('administrator', 's/o/'), published)).toEqual([false, false, false, false]);
  });

  it('clones only into an organization the caller authors frameworks for', () => {
    const admin = actor('administrator', 's/d/');
    expect(canFramework(admin, 'clone', shipped, district)).toBe(true);
    expect(canFramework(admin, 'clone', shipped, state)).toBe(false);
    expect(canFramework(admin, 'clone', shipped, sibling)).toBe(false);
  });

  it('answers 404 when unseen, 409 to the owner’s administrators changing a published version, else 403', () => {
    const status = (a: Actor, action: (typeof frameworkActions)[number], f: FrameworkRef) => {
      try {
        authorizeFramework(a, action, f);
        return 200;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(status(actor('administrator', 's/o/'), 'read', draft)).toBe(404);
    expect(status(actor('administrator', 's/d/'), 'edit', published)).toBe(409);
    expect(status(actor('administrator', 's/d/'), 'publish', published)).toBe(409);
    expect(status(actor('leader', 's/d/'), 'edit', draft)).toBe(403);
    expect(status(actor('administrator', 's/'), 'edit', shipped)).toBe(403);
    expect(() => authorizeFramework(actor('administrator', 's/'), 'edit', shipped)).toThrow(/never change/);
  });
});
