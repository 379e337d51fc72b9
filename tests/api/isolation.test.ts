import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

/**
 * A school leader must not learn anything about a sibling school (same district) or an unrelated one (another
 * district) through any endpoint: not in searches, not by id, not through the lists hanging off an organization.
 */
describe.each(engines)('isolation between schools on %s', (engine) => {
  const h = useHarness(engine);
  let state: OrganizationRow;
  let district: OrganizationRow;
  let otherDistrict: OrganizationRow;
  let own: OrganizationRow;
  let sibling: OrganizationRow;
  let unrelated: OrganizationRow;
  let leader: TestClient;
  let siblingLeader: TestClient;
  let siblingLeaderId: string;
  const siblingData = {
    networkId: '',
    districtNetworkId: '',
    invitationId: '',
    membershipId: '',
    tokenId: '',
  };

  const signIn = async (person: { email: string }) => {
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    const s = h.services;
    state = await makeOrganization(s, { kind: 'state', name: 'Walled State' });
    district = await makeOrganization(s, { kind: 'district', parent: state, name: 'Walled District North' });
    otherDistrict = await makeOrganization(s, {
      kind: 'district',
      parent: state,
      name: 'Walled District South',
    });
    own = await makeOrganization(s, { kind: 'school', parent: district, name: 'Walled Elm School' });
    sibling = await makeOrganization(s, { kind: 'school', parent: district, name: 'Walled Oak School' });
    unrelated = await makeOrganization(s, {
      kind: 'school',
      parent: otherDistrict,
      name: 'Walled Pine School',
    });

    leader = await signIn((await makePerson(s, { role: 'leader', organization: own })).person);
    const siblingPerson = (await makePerson(s, { role: 'leader', organization: sibling })).person;
    siblingLeaderId = siblingPerson.id;
    siblingLeader = await signIn(siblingPerson);
    const siblingAdmin = await signIn(
      (await makePerson(s, { role: 'administrator', organization: sibling })).person,
    );
    const districtAdmin = await signIn(
      (await makePerson(s, { role: 'administrator', organization: district })).person,
    );

    // Give the sibling school data of every kind the school leader might try to reach.
    const edit = await siblingLeader.patch(`/api/organizations/${sibling.id}`, {
      phone: '555-0909',
      version: 1,
    });
    expect(edit.status).toBe(200);
    const network = await siblingLeader.post(`/api/organizations/${sibling.id}/networks`, {
      name: 'Oak reading circle',
      memberIds: [],
    });
    expect(network.status).toBe(201);
    siblingData.networkId = network.body.id;
    const districtNetwork = await districtAdmin.post(`/api/organizations/${district.id}/networks`, {
      name: 'North turnaround network',
      memberIds: [own.id, sibling.id],
    });
    expect(districtNetwork.status).toBe(201);
    siblingData.districtNetworkId = districtNetwork.body.id;
    const invitation = await siblingLeader.post(`/api/organizations/${sibling.id}/invitations`, {
      email: 'oak-teacher@example.test',
      role: 'team_member',
    });
    expect(invitation.status).toBe(201);
    siblingData.invitationId = invitation.body.invitation.id;
    const members = await siblingLeader.get(`/api/organizations/${sibling.id}/members`);
    siblingData.membershipId = members.body.items[0].membershipId;
    const token = await siblingAdmin.post(`/api/organizations/${sibling.id}/api-tokens`, {
      name: 'Oak gradebook',
      scope: 'read',
    });
    expect(token.status).toBe(201);
    siblingData.tokenId = token.body.token.id;
  });

  it('never lists a sibling or unrelated school, however the search is put', async () => {
    const hidden = new Set([sibling.id, unrelated.id, otherDistrict.id]);
    const queries = [
      'search=Walled',
      'search=School',
      'search=Oak',
      'search=Pine',
      'search=South',
      'kind=school',
      'search=walled&includeArchived=true&limit=100',
      `parentId=${district.id}`,
      `parentId=${otherDistrict.id}`,
      `parentId=${state.id}`,
      '',
    ];
    for (const query of queries) {
      const res = await leader.get(`/api/organizations?${query}`);
      expect(res.status, query).toBe(200);
      const ids = res.body.items.map((o: { id: string }) => o.id);
      expect(
        ids.filter((id: string) => hidden.has(id)),
        query,
      ).toEqual([]);
    }
    // Not vacuous: the leader's own school and the chain above it are found.
    const all = await leader.get('/api/organizations?search=Walled');
    expect(all.body.items.map((o: { name: string }) => o.name).sort()).toEqual([
      'Walled District North',
      'Walled Elm School',
      'Walled State',
    ]);
  });

  it('answers 404 for a sibling or unrelated organization and everything hanging off it', async () => {
    for (const [what, target] of [
      ['sibling', sibling],
      ['unrelated', unrelated],
      ['other district', otherDistrict],
    ] as const) {
      for (const suffix of [
        '',
        '/members',
        '/audit',
        '/networks',
        '/invitations',
        '/api-tokens',
        '/outbox',
      ]) {
        const path = `/api/organizations/${target.id}${suffix}`;
        const res = await leader.get(path);
        expect(res.status, `${what} ${path}`).toBe(404);
        expect(JSON.stringify(res.body), `${what} ${path}`).not.toContain(target.name);
      }
    }
  });

  it('answers 404 when acting on a sibling’s records by id', async () => {
    const attempts: [string, Promise<{ status: number }>][] = [
      ['read network', leader.get(`/api/networks/${siblingData.networkId}`)],
      ['edit network', leader.patch(`/api/networks/${siblingData.networkId}`, { name: 'Mine', version: 1 })],
      [
        'archive network',
        leader.post(`/api/networks/${siblingData.networkId}/archive`, { archived: true, version: 1 }),
      ],
      ['revoke invitation', leader.post(`/api/invitations/${siblingData.invitationId}/revoke`)],
      ['remove membership', leader.delete(`/api/memberships/${siblingData.membershipId}`)],
      ['revoke token', leader.post(`/api/api-tokens/${siblingData.tokenId}/revoke`)],
      [
        'create school under sibling',
        leader.post('/api/organizations', { kind: 'school', name: 'X', parentId: sibling.id }),
      ],
      ['edit sibling', leader.patch(`/api/organizations/${sibling.id}`, { phone: '555-0000', version: 2 })],
      [
        'invite into sibling',
        leader.post(`/api/organizations/${sibling.id}/invitations`, {
          email: 'x@example.test',
          role: 'viewer',
        }),
      ],
    ];
    for (const [what, attempt] of attempts) expect((await attempt).status, what).toBe(404);
    // The sibling's records are untouched.
    const invitations = await siblingLeader.get(`/api/organizations/${sibling.id}/invitations`);
    expect(invitations.body.items.map((i: { status: string }) => i.status)).toEqual(['pending']);
    const members = await siblingLeader.get(`/api/organizations/${sibling.id}/members`);
    expect(members.body.items.map((m: { membershipId: string }) => m.membershipId)).toContain(
      siblingData.membershipId,
    );
    const network = await siblingLeader.get(`/api/networks/${siblingData.networkId}`);
    expect(network.body).toMatchObject({ name: 'Oak reading circle', archived: false });
  });

  it('keeps the district’s networks, which name the sibling, from a school leader', async () => {
    expect((await leader.get(`/api/organizations/${district.id}/networks`)).status).toBe(403);
    expect((await leader.get(`/api/networks/${siblingData.districtNetworkId}`)).status).toBe(404);
  });

  it('refuses a sibling as a member of the school’s own network without naming it', async () => {
    const res = await leader.post(`/api/organizations/${own.id}/networks`, {
      name: 'Elm and friends',
      memberIds: [sibling.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain('memberIds');
    expect(JSON.stringify(res.body)).not.toContain(sibling.name);
  });

  it('keeps the sibling’s events out of the school’s own audit trail', async () => {
    expect(
      (await leader.patch(`/api/organizations/${own.id}`, { phone: '555-0808', version: 1 })).status,
    ).toBe(200);
    for (const query of [
      '',
      '?includeDescendants=true',
      `?personId=${siblingLeaderId}&includeDescendants=true`,
    ]) {
      const res = await leader.get(`/api/organizations/${own.id}/audit${query}`);
      expect(res.status, query).toBe(200);
      const orgs = new Set(res.body.items.map((e: { organization: { id: string } }) => e.organization.id));
      expect(
        [...orgs].filter((id) => id !== own.id),
        query,
      ).toEqual([]);
      expect(JSON.stringify(res.body), query).not.toContain('555-0909');
    }
    const ownUpdates = await leader.get(`/api/organizations/${own.id}/audit?action=update`);
    expect(ownUpdates.body.items.map((e: { after: { phone: string } }) => e.after.phone)).toEqual([
      '555-0808',
    ]);
  });

  it('lets an administrator of one district neither see nor move into another district', async () => {
    const admin = await signIn(
      (await makePerson(h.services, { role: 'administrator', organization: district })).person,
    );
    const current = await admin.get(`/api/organizations/${own.id}`);
    const moved = await admin.post(`/api/organizations/${own.id}/move`, {
      parentId: otherDistrict.id,
      version: current.body.version,
    });
    expect(moved.status).toBe(404);
    expect((await admin.get(`/api/organizations/${own.id}`)).body.parentId).toBe(district.id);
    expect((await admin.get(`/api/organizations/${unrelated.id}/members`)).status).toBe(404);
  });
});
