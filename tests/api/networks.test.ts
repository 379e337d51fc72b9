import { describe, expect, it } from 'vitest';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('networks API on %s', (engine) => {
  const h = useHarness(engine);

  /** A district with three schools, and a signed-in client holding `role` at `where` (the district by default). */
  async function setting(role: Role = 'leader', where?: 'state' | 'sibling') {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const schools = [];
    for (const name of ['Cedar', 'Ash', 'Birch']) {
      schools.push(await makeOrganization(h.services, { kind: 'school', parent: district, name }));
    }
    const state = await h.services.database.db.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.id, district.parentId!),
    });
    const sibling = await makeOrganization(h.services, { kind: 'district', parent: state! });
    const at = where === 'state' ? state! : where === 'sibling' ? sibling : district;
    const { person } = await makePerson(h.services, { role, organization: at });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { district, schools, state: state!, sibling, client, person };
  }

  async function auditActions(districtId: string, networkId: string) {
    const { person } = await makePerson(h.services, {
      role: 'administrator',
      organization: await h.services.database.db.query.organizations
        .findFirst({ where: (o, { eq }) => eq(o.id, districtId) })
        .then((o) => o!),
    });
    const auditor = h.client();
    await auditor.login(person.email);
    const res = await auditor.get(`/api/organizations/${districtId}/audit?entityType=network`);
    return res.body.items.filter((e: any) => e.entityId === networkId).map((e: any) => e.action);
  }

  it('creates a network of the owner’s schools, lists it and records the write', async () => {
    const { district, schools, client, person } = await setting();
    const created = await client.post(`/api/organizations/${district.id}/networks`, {
      name: 'Turnaround Network',
      description: 'Schools in comprehensive support',
      memberIds: [schools[0].id, schools[1].id, schools[0].id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Turnaround Network',
      description: 'Schools in comprehensive support',
      ownerId: district.id,
      archived: false,
      version: 1,
      members: [
        { id: schools[1].id, name: 'Ash', kind: 'school' },
        { id: schools[0].id, name: 'Cedar', kind: 'school' },
      ],
      abilities: { update: true },
    });
    const list = await client.get(`/api/organizations/${district.id}/networks`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([created.body]);
    expect((await client.get(`/api/networks/${created.body.id}`)).body).toEqual(created.body);

    const audit = await client.get(`/api/organizations/${district.id}/audit?entityType=network`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'create',
      entityId: created.body.id,
      actor: { id: person.id },
      after: { name: 'Turnaround Network', memberIds: [schools[0].id, schools[1].id] },
    });
  });

  it('accepts only schools or districts within the owner as members', async () => {
    const { district, state, sibling, client } = await setting('administrator', 'state');
    const elsewhere = await makeOrganization(h.services, { kind: 'school', parent: sibling });
    const stateNetwork = await client.post(`/api/organizations/${state.id}/networks`, {
      name: 'Priority Districts',
      memberIds: [district.id, sibling.id, elsewhere.id],
    });
    expect(stateNetwork.status).toBe(201);
    expect(stateNetwork.body.members.map((m: any) => m.kind).sort()).toEqual([
      'district',
      'district',
      'school',
    ]);

    const message = `Members must be schools or districts within ${district.name}.`;
    for (const memberIds of [
      [elsewhere.id],
      [district.id],
      [state.id],
      ['00000000-0000-4000-8000-000000000000'],
    ]) {
      const res = await client.post(`/api/organizations/${district.id}/networks`, { name: 'Bad', memberIds });
      expect(res.status).toBe(400);
      expect(res.body.issues).toEqual([{ path: 'memberIds', message }]);
    }
    const notIds = await client.post(`/api/organizations/${district.id}/networks`, {
      name: '',
      memberIds: ['x'],
    });
    expect(notIds.status).toBe(400);
    expect(notIds.body.issues.map((i: any) => i.path).sort()).toEqual(['memberIds.0', 'name']);
  });

  it('keeps an archived member on edits but does not let one join', async () => {
    const { district, schools, client } = await setting('administrator');
    const created = await client.post(`/api/organizations/${district.id}/networks`, {
      name: 'Science Network',
      memberIds: [schools[0].id],
    });
    const archive = await client.post(`/api/organizations/${schools[0].id}/archive`, {
      archived: true,
      version: 1,
    });
    expect(archive.status).toBe(200);
    await client.post(`/api/organizations/${schools[1].id}/archive`, { archived: true, version: 1 });
    const kept = await client.patch(`/api/networks/${created.body.id}`, {
      memberIds: [schools[0].id, schools[2].id],
      version: 1,
    });
    expect(kept.status).toBe(200);
    expect(kept.body.members.map((m: any) => m.name)).toEqual(['Birch', 'Cedar']);
    const joining = await client.patch(`/api/networks/${created.body.id}`, {
      memberIds: [schools[1].id],
      version: 2,
    });
    expect(joining.status).toBe(400);
    expect(joining.body.issues).toEqual([
      { path: 'memberIds', message: 'Ash is archived and cannot join a network.' },
    ]);
  });

  it('edits name, description and members with a version, refusing stale writes with 409', async () => {
    const { district, schools, client } = await setting();
    const created = await client.post(`/api/organizations/${district.id}/networks`, {
      name: 'Reading Network',
      memberIds: [schools[0].id],
    });
    const path = `/api/networks/${created.body.id}`;
    const edited = await client.patch(path, {
      name: 'Literacy Network',
      description: 'Grades K–3',
      memberIds: [schools[1].id, schools[2].id],
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Literacy Network', description: 'Grades K–3', version: 2 });
    expect(edited.body.members.map((m: any) => m.name)).toEqual(['Ash', 'Birch']);

    const renamedOnly = await client.patch(path, { name: 'Early Literacy', version: 2 });
    expect(renamedOnly.body.members.map((m: any) => m.name)).toEqual(['Ash', 'Birch']);

    const stale = await client.patch(path, { name: 'Stale', memberIds: [], version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 3 });
    const current = await client.get(path);
    expect(current.body).toMatchObject({ name: 'Early Literacy', version: 3 });
    expect(current.body.members).toHaveLength(2);
    expect(await auditActions(district.id, created.body.id)).toEqual(['update', 'update', 'create']);
  });

  it('archives and restores with a version; an archived network is read-only until restored', async () => {
    const { district, schools, client } = await setting();
    const created = await client.post(`/api/organizations/${district.id}/networks`, {
      name: 'Math Network',
      memberIds: [schools[0].id],
    });
    const id = created.body.id;
    const archived = await client.post(`/api/networks/${id}/archive`, { archived: true, version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, version: 2, abilities: { update: false } });
    const edit = await client.patch(`/api/networks/${id}`, { name: 'Nope', version: 2 });
    expect(edit.status).toBe(403);
    expect(edit.body.error).toMatch(/archived/);
    const stale = await client.post(`/api/networks/${id}/archive`, { archived: false, version: 1 });
    expect(stale.status).toBe(409);
    const list = await client.get(`/api/organizations/${district.id}/networks`);
    expect(list.body.items.map((n: any) => [n.name, n.archived])).toEqual([['Math Network', true]]);
    const restored = await client.post(`/api/networks/${id}/archive`, { archived: false, version: 2 });
    expect(restored.body).toMatchObject({ archived: false, version: 3, abilities: { update: true } });
    expect(await auditActions(district.id, id)).toEqual(['restore', 'archive', 'create']);
  });

  it('follows the owner’s policy: viewers read, ancestors’ administrators edit, siblings see nothing', async () => {
    const owner = await setting('administrator');
    const network = await owner.client.post(`/api/organizations/${owner.district.id}/networks`, {
      name: 'Shared Network',
      memberIds: [owner.schools[0].id],
    });
    const path = `/api/networks/${network.body.id}`;
    const as = async (role: Role, organization: OrganizationRow) => {
      const { person } = await makePerson(h.services, { role, organization });
      const client = h.client();
      await client.login(person.email);
      return client;
    };

    const viewer = await as('viewer', owner.district);
    expect((await viewer.get(path)).body.abilities).toEqual({ update: false });
    expect((await viewer.get(`/api/organizations/${owner.district.id}/networks`)).status).toBe(200);
    expect((await viewer.patch(path, { name: 'X', version: 1 })).status).toBe(403);
    expect(
      (await viewer.post(`/api/networks/${network.body.id}/archive`, { archived: true, version: 1 })).status,
    ).toBe(403);
    expect(
      (await viewer.post(`/api/organizations/${owner.district.id}/networks`, { name: 'Mine' })).status,
    ).toBe(403);

    const schoolLeader = await as('leader', owner.schools[0]);
    expect((await schoolLeader.get(path)).status).toBe(404);

    const siblingAdmin = await as('administrator', owner.sibling);
    expect((await siblingAdmin.get(path)).status).toBe(404);
    expect((await siblingAdmin.get(`/api/organizations/${owner.district.id}/networks`)).status).toBe(404);
    expect((await siblingAdmin.patch(path, { name: 'X', version: 1 })).status).toBe(404);

    const stateAdmin = await as('administrator', owner.state);
    const edited = await stateAdmin.patch(path, { name: 'Renamed by the state', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body.abilities).toEqual({ update: true });
    const stateLeader = await as('leader', owner.state);
    expect((await stateLeader.get(path)).body.abilities).toEqual({ update: false });
  });
});
