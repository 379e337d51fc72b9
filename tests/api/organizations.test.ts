import { describe, expect, it } from 'vitest';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('organizations API on %s', (engine) => {
  const h = useHarness(engine);

  it('creates a school under a district and reports the caller’s abilities', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const { person } = await makePerson(h.services, { role: 'administrator', organization: district });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    const created = await client.post('/api/organizations', {
      kind: 'school',
      name: 'Maple School',
      parentId: district.id,
      zipCode: '12345',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Maple School',
      kind: 'school',
      parentId: district.id,
      version: 1,
    });
    expect(created.body.abilities).toMatchObject({ update: true, writePlan: false });
    const search = await client.get('/api/organizations?search=maple');
    expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Maple School']);
  });

  it('refuses a stale edit with 409 and keeps the newer value', async () => {
    const school = await makeOrganization(h.services);
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const client = h.client();
    await client.login(person.email);
    const first = await client.patch(`/api/organizations/${school.id}`, { phone: '555-0001', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await client.patch(`/api/organizations/${school.id}`, { phone: '555-9999', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    expect(stale.body.error).toMatch(/changed by someone else/);
    const current = await client.get(`/api/organizations/${school.id}`);
    expect(current.body.phone).toBe('555-0001');
  });

  it('reports each invalid field with its reason', async () => {
    const school = await makeOrganization(h.services);
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const client = h.client();
    await client.login(person.email);
    const res = await client.patch(`/api/organizations/${school.id}`, {
      zipCode: 'abc',
      name: '',
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual(
      expect.arrayContaining([
        { path: 'zipCode', message: 'Enter a 5-digit ZIP code (or ZIP+4).' },
        { path: 'name', message: 'Required.' },
      ]),
    );
  });
});

describe.each(engines)('organization names and codes on %s', (engine) => {
  const h = useHarness(engine);

  it('refuses a second sibling with the same name or any organization with the same code', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const { person } = await makePerson(h.services, { role: 'administrator', organization: district });
    const client = h.client();
    await client.login(person.email);
    const first = await client.post('/api/organizations', {
      kind: 'school',
      name: 'Oak School',
      code: 'OAK-1',
      parentId: district.id,
    });
    expect(first.status).toBe(201);
    const sameName = await client.post('/api/organizations', {
      kind: 'school',
      name: 'oak school',
      parentId: district.id,
    });
    expect(sameName.status).toBe(400);
    expect(sameName.body.issues).toEqual([
      { path: 'name', message: 'Another organization in the same place already has this name.' },
    ]);
    const sameCode = await client.post('/api/organizations', {
      kind: 'school',
      name: 'Elm School',
      code: 'oak-1',
      parentId: district.id,
    });
    expect(sameCode.status).toBe(400);
    expect(sameCode.body.issues[0].path).toBe('code');
  });
});
