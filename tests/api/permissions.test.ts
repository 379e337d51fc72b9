import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationAction } from '../../src/server/policies/organization';
import type { Relation } from '../../src/server/policies/relation';
import { loadOrganization, type OrganizationRow } from '../../src/server/queries/organizations';
import { childKinds, type Role, roles } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

function everyRole(allowed: OrganizationAction[]) {
  return Object.fromEntries(roles.map((role) => [role, allowed])) as Record<Role, OrganizationAction[]>;
}

/**
 * Structured autonomy, written out by hand for every role and relation: what a person holding `role` at one
 * organization may do to another organization standing in `relation` to it. Roles reach down for reading;
 * only an organization's own leaders and team members write its plans; staff above read, comment and
 * support; administrators above run the directory; the chain above is visible by name only; siblings and
 * unrelated organizations do not exist for the caller.
 */
const expected: Record<Relation, Record<Role, OrganizationAction[]>> = {
  self: {
    administrator: [
      'view',
      'read',
      'update',
      'createChild',
      'manageMembers',
      'manageTokens',
      'readOutbox',
      'readAudit',
      'manageFrameworks',
      'comment',
    ],
    leader: ['view', 'read', 'update', 'manageMembers', 'readAudit', 'writePlan', 'comment', 'reportStatus'],
    team_member: ['view', 'read', 'writePlan', 'comment', 'reportStatus'],
    action_owner: ['view', 'read', 'reportStatus'],
    coach: ['view', 'read', 'comment'],
    viewer: ['view', 'read'],
  },
  ancestor: {
    administrator: [
      'view',
      'read',
      'update',
      'createChild',
      'move',
      'archive',
      'manageMembers',
      'manageTokens',
      'readOutbox',
      'readAudit',
      'comment',
      'provideSupport',
    ],
    leader: ['view', 'read', 'readAudit', 'comment', 'provideSupport'],
    team_member: ['view', 'read', 'comment', 'provideSupport'],
    action_owner: ['view', 'read'],
    coach: ['view', 'read', 'comment'],
    viewer: ['view', 'read'],
  },
  descendant: everyRole(['view']),
  sibling: everyRole([]),
  unrelated: everyRole([]),
};

/** Every key `abilities` must carry, listed here so a new action fails this test until it is decided above. */
const actions: OrganizationAction[] = [
  'view',
  'read',
  'update',
  'createChild',
  'move',
  'archive',
  'manageMembers',
  'manageTokens',
  'readOutbox',
  'readAudit',
  'manageFrameworks',
  'writePlan',
  'comment',
  'provideSupport',
  'reportStatus',
];

// S → D1 (→ D1a, D1b), D2 (→ D2a). Roles are held at S, D1, D1a, D2 and D2a.
type Place = 'S' | 'D1' | 'D2' | 'D1a' | 'D1b' | 'D2a';
const holders: Place[] = ['S', 'D1', 'D1a', 'D2', 'D2a'];

/** Where the role is held and which organization is acted on; each relation at more than one depth. */
const placements: Record<Relation, [holder: Place, target: Place][]> = {
  self: [
    ['D1', 'D1'],
    ['D1a', 'D1a'],
  ],
  ancestor: [
    ['S', 'D1'],
    ['D1', 'D1a'],
    ['S', 'D1a'],
  ],
  descendant: [
    ['D1a', 'D1'],
    ['D1', 'S'],
    ['D1a', 'S'],
  ],
  sibling: [
    ['D2', 'D1'],
    ['D1a', 'D1b'],
  ],
  unrelated: [
    ['D2a', 'D1'],
    ['D2a', 'D1a'],
    ['D1a', 'D2a'],
  ],
};

const combinations = roles.flatMap((role) =>
  (Object.keys(placements) as Relation[]).map((relation) => ({ role, relation })),
);

describe.each(engines)('permission matrix on %s', (engine) => {
  const h = useHarness(engine);
  const orgs = {} as Record<Place, OrganizationRow>;
  const clients = new Map<string, TestClient>();
  let n = 0;

  beforeAll(async () => {
    const s = h.services;
    orgs.S = await makeOrganization(s, { kind: 'state', name: 'Matrix State' });
    orgs.D1 = await makeOrganization(s, { kind: 'district', parent: orgs.S, name: 'Matrix District One' });
    orgs.D2 = await makeOrganization(s, { kind: 'district', parent: orgs.S, name: 'Matrix District Two' });
    orgs.D1a = await makeOrganization(s, { kind: 'school', parent: orgs.D1, name: 'Matrix School 1A' });
    orgs.D1b = await makeOrganization(s, { kind: 'school', parent: orgs.D1, name: 'Matrix School 1B' });
    orgs.D2a = await makeOrganization(s, { kind: 'school', parent: orgs.D2, name: 'Matrix School 2A' });
    for (const place of holders) {
      for (const role of roles) {
        const { person } = await makePerson(s, { role, organization: orgs[place] });
        const client = h.client();
        const login = await client.login(person.email);
        if (login.status !== 200) throw new Error(`${role} at ${place} could not sign in: ${login.status}`);
        clients.set(`${role}@${place}`, client);
      }
    }
  });

  const current = (id: string) => loadOrganization(h.services.database.db, id);

  it.each(combinations)('$role reaching an organization as $relation', async ({ role, relation }) => {
    const allowed = new Set(expected[relation][role]);
    const failures: string[] = [];
    for (const [holder, place] of placements[relation]) {
      const client = clients.get(`${role}@${holder}`)!;
      const target = orgs[place];
      const label = `${role} ${relation} (role at ${holder}, target ${place})`;
      /** Calls the endpoint and records a failure unless it answers as the table says. */
      const call = async (
        action: OrganizationAction,
        method: string,
        path: string,
        body?: unknown,
        headers?: Record<string, string>,
      ) => {
        const res = await client.request(method, path, body, headers);
        const want = allowed.has(action) ? 'success' : allowed.has('view') ? 403 : 404;
        const got = res.status >= 200 && res.status < 300 ? 'success' : res.status;
        if (got !== want) {
          const reason = res.status >= 400 ? ` (${res.body?.error})` : '';
          failures.push(`${label} ${action}: ${method} ${path} → ${res.status}${reason}, expected ${want}`);
        }
        return res;
      };

      const detail = await call('view', 'GET', `/api/organizations/${target.id}`);
      if (detail.status === 200) {
        const abilities = detail.body.abilities as Record<string, boolean>;
        if (Object.keys(abilities).sort().join() !== [...actions].sort().join()) {
          failures.push(`${label}: abilities keys are ${Object.keys(abilities).join(', ')}`);
        }
        for (const action of actions) {
          if (abilities[action] !== allowed.has(action)) {
            failures.push(
              `${label} ${action}: abilities.${action} is ${abilities[action]}, expected ${allowed.has(action)}`,
            );
          }
        }
      }

      await call('read', 'GET', `/api/organizations/${target.id}/members`);
      await call('read', 'GET', `/api/organizations/${target.id}/networks`);

      await call('update', 'PATCH', `/api/organizations/${target.id}`, {
        phone: `555-${String(++n).padStart(4, '0')}`,
        version: (await current(target.id)).version,
      });
      await call('update', 'POST', `/api/organizations/${target.id}/networks`, {
        name: `Matrix network ${++n}`,
        memberIds: [],
      });

      // A school cannot hold children; every relation also has a district or state target that can.
      const childKind = childKinds[target.kind][0];
      if (childKind) {
        await call('createChild', 'POST', '/api/organizations', {
          kind: childKind,
          name: `Matrix child ${++n}`,
          parentId: target.id,
        });
        const csv = `name,kind\nMatrix import ${++n},${childKind}\n`;
        for (const mode of ['preview', 'commit']) {
          await call('createChild', 'POST', `/api/organizations/${target.id}/import?mode=${mode}`, csv, {
            'content-type': 'text/csv',
          });
        }
      }

      await call('manageMembers', 'GET', `/api/organizations/${target.id}/invitations`);
      await call('manageMembers', 'POST', `/api/organizations/${target.id}/invitations`, {
        email: `matrix-invitee-${++n}@example.test`,
        role: 'viewer',
      });
      await call('readOutbox', 'GET', `/api/organizations/${target.id}/outbox`);
      await call('manageTokens', 'GET', `/api/organizations/${target.id}/api-tokens`);
      await call('manageTokens', 'POST', `/api/organizations/${target.id}/api-tokens`, {
        name: `Matrix token ${++n}`,
        scope: 'read',
      });
      await call('readAudit', 'GET', `/api/organizations/${target.id}/audit`);

      // Moving and archiving need a leaf in the same relation: a fresh organization beside the target keeps
      // it for ancestor, sibling and unrelated. No fresh leaf can be the holder itself or above it, so
      // self and descendant act on the target, which the table must refuse.
      let leaf = target;
      if (relation === 'self' || relation === 'descendant') {
        if (allowed.has('move') || allowed.has('archive'))
          failures.push(`${label}: no leaf to move or archive`);
      } else {
        const parent = await current(target.parentId!);
        leaf = await makeOrganization(h.services, { kind: target.kind, parent, name: `Matrix leaf ${++n}` });
      }
      await call('move', 'POST', `/api/organizations/${leaf.id}/move`, {
        parentId: leaf.parentId ?? leaf.id,
        version: (await current(leaf.id)).version,
      });
      const archived = await call('archive', 'POST', `/api/organizations/${leaf.id}/archive`, {
        archived: true,
        version: (await current(leaf.id)).version,
      });
      if (archived.status === 200) {
        const restored = await client.post(`/api/organizations/${leaf.id}/archive`, {
          archived: false,
          version: archived.body.version,
        });
        if (restored.status !== 200) failures.push(`${label} archive: restoring → ${restored.status}`);
      }
    }
    expect(failures, `${role} as ${relation}`).toEqual([]);
  });

  it('scopes an API token to its organization and below, as a team member', async () => {
    const created = await clients
      .get('administrator@D1')!
      .post(`/api/organizations/${orgs.D1.id}/api-tokens`, { name: 'Matrix integration', scope: 'write' });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^tl_/);
    const token = h.client().withToken(created.body.secret);

    const below = await token.get(`/api/organizations/${orgs.D1a.id}`);
    expect(below.status, 'token reaches a school below').toBe(200);
    expect(below.body.abilities, 'token abilities below').toEqual(
      Object.fromEntries(actions.map((a) => [a, expected.ancestor.team_member.includes(a)])),
    );
    expect((await token.get(`/api/organizations/${orgs.D1a.id}/members`)).status, 'token read below').toBe(
      200,
    );
    expect((await token.get(`/api/organizations/${orgs.D2a.id}`)).status, 'token view unrelated').toBe(404);
    expect((await token.get(`/api/organizations/${orgs.D2.id}/members`)).status, 'token read sibling').toBe(
      404,
    );
    expect(
      (await token.get(`/api/organizations/${orgs.D1.id}/invitations`)).status,
      'token list invitations',
    ).toBe(403);
    const invite = await token.post(`/api/organizations/${orgs.D1.id}/invitations`, {
      email: 'matrix-token-invitee@example.test',
      role: 'viewer',
    });
    expect(invite.status, 'token invites').toBe(403);
    const version = (await current(orgs.D1.id)).version;
    expect(
      (await token.patch(`/api/organizations/${orgs.D1.id}`, { phone: '555-7777', version })).status,
    ).toBe(403);
    const minted = await token.post(`/api/organizations/${orgs.D1.id}/api-tokens`, {
      name: 'x',
      scope: 'read',
    });
    expect(minted.status, 'token creates tokens').toBe(403);
  });
});
