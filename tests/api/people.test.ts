import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('members and people API on %s', (engine) => {
  const h = useHarness(engine);

  const auditOf = (entityType: string, entityId: string) =>
    h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)));

  async function signedIn(options: Parameters<typeof makePerson>[1]) {
    const made = await makePerson(h.services, options);
    const client = h.client();
    expect((await client.login(made.person.email)).status).toBe(200);
    return { ...made, client };
  }

  it('lists an organization’s members by name to anyone who may read it, and hides it from siblings', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { parent: district });
    const sibling = await makeOrganization(h.services, { parent: district });
    const zed = await makePerson(h.services, { organization: school, role: 'leader', name: 'zed Zulu' });
    const viewer = await signedIn({ organization: school, role: 'viewer', name: 'Amy Able' });
    const res = await viewer.client.get(`/api/organizations/${school.id}/members`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: { person: { name: string } }) => m.person.name)).toEqual([
      'Amy Able',
      'zed Zulu',
    ]);
    expect(res.body.items[1]).toEqual({
      membershipId: expect.any(String),
      role: 'leader',
      createdAt: expect.any(String),
      person: { id: zed.person.id, name: 'zed Zulu', email: zed.person.email, position: null },
    });

    const districtStaff = await signedIn({ organization: district, role: 'team_member' });
    expect((await districtStaff.client.get(`/api/organizations/${school.id}/members`)).status).toBe(200);
    const neighbour = await signedIn({ organization: sibling, role: 'leader' });
    expect((await neighbour.client.get(`/api/organizations/${school.id}/members`)).status).toBe(404);
  });

  it('lets a leader give a role to an existing account, with an audit event', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const { person: other } = await makePerson(h.services);
    const res = await leader.client.post(`/api/organizations/${school.id}/members`, {
      email: other.email.toUpperCase(),
      role: 'team_member',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      membershipId: expect.any(String),
      role: 'team_member',
      createdAt: expect.any(String),
      person: { id: other.id, name: other.name, email: other.email, position: null },
    });
    const [event] = await auditOf('membership', res.body.membershipId);
    expect(event).toMatchObject({
      action: 'create',
      organizationId: school.id,
      actorPersonId: leader.person.id,
    });

    const again = await leader.client.post(`/api/organizations/${school.id}/members`, {
      email: other.email,
      role: 'team_member',
    });
    expect(again.status).toBe(400);
    expect(again.body.issues).toEqual([
      { path: 'email', message: `${other.name} already has this role here.` },
    ]);
  });

  it('refuses unknown emails, unknown roles, non-managers and self-promotion to administrator', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const unknown = await leader.client.post(`/api/organizations/${school.id}/members`, {
      email: 'no-account@example.test',
      role: 'viewer',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([
      { path: 'email', message: 'No account uses this email; send an invitation instead.' },
    ]);
    const badRole = await leader.client.post(`/api/organizations/${school.id}/members`, {
      email: leader.person.email,
      role: 'superuser',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.issues.map((i: { path: string }) => i.path)).toEqual(['role']);
    const promote = await leader.client.post(`/api/organizations/${school.id}/members`, {
      email: leader.person.email,
      role: 'administrator',
    });
    expect(promote.status).toBe(403);

    const viewer = await signedIn({ organization: school, role: 'viewer' });
    const res = await viewer.client.post(`/api/organizations/${school.id}/members`, {
      email: leader.person.email,
      role: 'viewer',
    });
    expect(res.status).toBe(403);
  });

  it('removes a membership, with an audit event; viewers cannot', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { parent: district });
    const admin = await signedIn({ organization: district, role: 'administrator' });
    const { person: member } = await makePerson(h.services, { organization: school, role: 'team_member' });
    const viewer = await signedIn({ organization: school, role: 'viewer' });
    const listed = await admin.client.get(`/api/organizations/${school.id}/members`);
    const membershipId = listed.body.items.find(
      (m: { person: { id: string } }) => m.person.id === member.id,
    ).membershipId;

    expect((await viewer.client.delete(`/api/memberships/${membershipId}`)).status).toBe(403);
    expect((await admin.client.delete(`/api/memberships/${membershipId}`)).status).toBe(204);
    const after = await admin.client.get(`/api/organizations/${school.id}/members`);
    expect(after.body.items.map((m: { person: { id: string } }) => m.person.id)).not.toContain(member.id);
    const events = await auditOf('membership', membershipId);
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    expect(events.find((e) => e.action === 'delete')).toMatchObject({
      actorPersonId: admin.person.id,
      organizationId: school.id,
    });
    expect((await admin.client.delete(`/api/memberships/${membershipId}`)).status).toBe(404);
  });

  it('keeps the last administrator of a top-level organization', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const admin = await signedIn({ organization: state, role: 'administrator' });
    const own = await admin.client.get(`/api/organizations/${state.id}/members`);
    const ownId = own.body.items[0].membershipId;
    const refused = await admin.client.delete(`/api/memberships/${ownId}`);
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([
      { path: 'membershipId', message: expect.stringMatching(/administrator/) },
    ]);

    const { person: second } = await makePerson(h.services);
    const added = await admin.client.post(`/api/organizations/${state.id}/members`, {
      email: second.email,
      role: 'administrator',
    });
    expect(added.status).toBe(201);
    expect((await admin.client.delete(`/api/memberships/${ownId}`)).status).toBe(204);
    expect((await admin.client.delete(`/api/memberships/${added.body.membershipId}`)).status).toBe(404);
    const successor = h.client();
    await successor.login(second.email);
    expect((await successor.delete(`/api/memberships/${added.body.membershipId}`)).status).toBe(400);
  });

  it('lets a person edit their own name and position, versioned and audited', async () => {
    const me = await signedIn({ role: 'viewer' });
    const res = await me.client.patch(`/api/people/${me.person.id}`, {
      name: '  Dana Reyes ',
      position: 'Principal',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: me.person.id,
      email: me.person.email,
      name: 'Dana Reyes',
      position: 'Principal',
      version: 2,
    });
    expect((await me.client.get('/api/me')).body.person).toMatchObject({
      name: 'Dana Reyes',
      position: 'Principal',
    });
    const [event] = await auditOf('person', me.person.id).then((rows) =>
      rows.filter((r) => r.action === 'update'),
    );
    expect(event).toMatchObject({ actorPersonId: me.person.id });
    expect(event.after).not.toHaveProperty('passwordHash');

    const stale = await me.client.patch(`/api/people/${me.person.id}`, { position: 'Teacher', version: 1 });
    expect(stale.status).toBe(409);
    const empty = await me.client.patch(`/api/people/${me.person.id}`, { name: '', version: 2 });
    expect(empty.status).toBe(400);
    expect(empty.body.issues).toEqual([{ path: 'name', message: 'Required.' }]);

    const { person: other } = await makePerson(h.services);
    expect((await me.client.patch(`/api/people/${other.id}`, { name: 'Not mine', version: 1 })).status).toBe(
      403,
    );
  });
});
