import { describe, expect, it } from 'vitest';
import { unlinkPlanItems } from '../../src/server/adjustments/unlink';
import { runInSystemTransaction } from '../../src/server/commands/system';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan } from '../support/plan-factories';

const need = 'Coaching on small-group reading for our two new grade 3 teachers.';

describe.each(engines)('supports API on %s', (engine) => {
  const h = useHarness(engine);

  async function signIn(organization: OrganizationRow, role: Role) {
    const { person } = await makePerson(h.services, { role, organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { id: person.id, client };
  }

  let states = 0;

  async function scenario() {
    const state = await makeOrganization(h.services, { kind: 'state', name: `Support state ${++states}` });
    const district = await makeOrganization(h.services, {
      kind: 'district',
      parent: state,
      name: 'Lake District',
    });
    const school = await makeOrganization(h.services, {
      kind: 'school',
      parent: district,
      name: 'Birch Elementary',
    });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const { plan, ids } = await makeCompletePlan(h.services, { organization: school });
    return {
      state,
      district,
      school,
      sibling,
      plan,
      ids,
      lead: await signIn(school, 'leader'),
      teacher: await signIn(school, 'team_member'),
      superintendent: await signIn(district, 'leader'),
      districtStaff: await signIn(district, 'team_member'),
      districtCoach: await signIn(district, 'coach'),
      stateLead: await signIn(state, 'leader'),
      siblingLead: await signIn(sibling, 'leader'),
    };
  }

  const inbox = async (client: TestClient, kind: string) =>
    ((await client.get('/api/me/notifications')).body.items as any[]).filter((n) => n.kind === kind);

  it('lands a request in the parent’s inbox; the district answers it and the school rates it', async () => {
    const s = await scenario();
    const path = `/api/organizations/${s.school.id}/supports`;

    const foreign = await makeCompletePlan(h.services, { organization: s.sibling });
    const wrong = await s.lead.client.post(path, { need, milestoneId: foreign.ids.milestones[0] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues[0].path).toBe('milestoneId');
    expect((await s.lead.client.post(path, { need: ' ' })).body.issues[0].path).toBe('need');

    const asked = await s.lead.client.post(path, { need, strategyId: s.ids.strategy });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const support = asked.body;
    expect(support).toMatchObject({
      organization: { id: s.school.id, name: 'Birch Elementary' },
      respondent: { id: s.district.id, name: 'Lake District' },
      planId: s.plan.id,
      strategy: { id: s.ids.strategy, number: '1.1' },
      milestone: null,
      practiceCode: '3c',
      need,
      status: 'requested',
      requestedBy: { id: s.lead.id },
      version: 1,
      abilities: { respond: false, evaluate: false },
    });

    const link = `/o/${s.district.id}/supports?support=${support.id}`;
    for (const who of [s.superintendent, s.districtStaff]) {
      expect(await inbox(who.client, 'support_requested')).toMatchObject([
        { title: 'Birch Elementary asks for support (3c)', body: need, link },
      ]);
    }
    expect(await inbox(s.districtCoach.client, 'support_requested')).toEqual([]);
    expect(await inbox(s.stateLead.client, 'support_requested')).toEqual([]);

    const requests = await s.superintendent.client.get(
      `/api/organizations/${s.district.id}/supports?direction=requested_of_us`,
    );
    expect(requests.status).toBe(200);
    expect(requests.body.items.map((i: any) => [i.id, i.abilities])).toEqual([
      [support.id, { respond: true, evaluate: false }],
    ]);
    const ours = await s.lead.client.get(path);
    expect(ours.body).toMatchObject({
      items: [{ id: support.id }],
      askOrganization: { id: s.district.id, name: 'Lake District' },
      abilities: { request: true, provide: false },
    });
    // The level above may record a support it gives unasked; the school itself may not.
    expect((await s.superintendent.client.get(path)).body.abilities).toEqual({
      request: false,
      provide: true,
    });

    // A school cannot answer its own request; a sibling school does not see it at all.
    const url = `/api/supports/${support.id}`;
    const accept = { status: 'accepted', response: 'Our literacy coach can start in January.', version: 1 };
    expect((await s.lead.client.patch(`${url}/response`, accept)).status).toBe(403);
    expect((await s.siblingLead.client.patch(`${url}/response`, accept)).status).toBe(404);
    expect((await s.siblingLead.client.get(url)).status).toBe(404);
    expect((await s.siblingLead.client.get(path)).status).toBe(404);
    const early = { howUsed: 'x', effectivenessRating: 3, effectivenessExplanation: 'y', version: 1 };
    expect((await s.lead.client.patch(`${url}/evaluation`, early)).status).toBe(409);

    const accepted = await s.superintendent.client.patch(`${url}/response`, accept);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      answeredBy: { id: s.superintendent.id },
      version: 2,
    });
    expect(await inbox(s.lead.client, 'support_answered')).toMatchObject([
      {
        title: `Lake District accepted your support request: ${need}`,
        link: `/o/${s.school.id}/supports?support=${support.id}`,
      },
    ]);
    expect((await s.superintendent.client.patch(`${url}/response`, accept)).status).toBe(409);

    const noDescription = await s.districtStaff.client.patch(`${url}/response`, {
      status: 'provided',
      response: 'Done',
      version: 2,
    });
    expect(noDescription.body.issues.map((i: any) => i.path)).toEqual(['description']);
    const provided = await s.districtStaff.client.patch(`${url}/response`, {
      status: 'provided',
      response: 'Provided as planned.',
      description: 'Six coaching visits by the district literacy coach.',
      startDate: '2027-01-10',
      endDate: '2027-03-20',
      version: 2,
    });
    expect(provided.status, JSON.stringify(provided.body)).toBe(200);
    expect(provided.body).toMatchObject({
      status: 'provided',
      providerOrganization: { id: s.district.id, name: 'Lake District' },
      providerVendor: null,
      startDate: '2027-01-10',
      endDate: '2027-03-20',
    });
    const decline = { status: 'declined', response: 'No', version: 3 };
    expect((await s.superintendent.client.patch(`${url}/response`, decline)).status).toBe(409);
    expect((await s.lead.client.get(url)).body.abilities).toEqual({ respond: false, evaluate: true });

    const rating = {
      howUsed: 'Both teachers co-planned guided reading with the coach weekly.',
      effectivenessRating: 6,
      effectivenessExplanation: 'Running records rose from 42% to 61% on level.',
      version: 3,
    };
    const bad = await s.lead.client.patch(`${url}/evaluation`, rating);
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0]).toEqual({ path: 'effectivenessRating', message: 'Rate from 1 to 5.' });
    expect(
      (await s.superintendent.client.patch(`${url}/evaluation`, { ...rating, effectivenessRating: 4 }))
        .status,
    ).toBe(403);
    const rated = await s.teacher.client.patch(`${url}/evaluation`, { ...rating, effectivenessRating: 4 });
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    expect(rated.body).toMatchObject({ status: 'closed', effectivenessRating: 4, version: 4 });
    expect(await inbox(s.districtStaff.client, 'support_rated')).toHaveLength(1);
    expect((await s.superintendent.client.patch(`${url}/response`, { ...decline, version: 4 })).status).toBe(
      409,
    );

    const below = `/api/organizations/${s.district.id}/supports?direction=below`;
    expect((await s.superintendent.client.get(`${below}&practice=3c`)).body.items).toHaveLength(1);
    expect((await s.superintendent.client.get(`${below}&practice=4c`)).body.items).toHaveLength(0);
    expect(
      (
        await s.stateLead.client.get(
          `/api/organizations/${s.state.id}/supports?direction=below&status=closed`,
        )
      ).body.items,
    ).toHaveLength(1);
    expect((await s.superintendent.client.get(`${below}&status=requested`)).body.items).toHaveLength(0);
  });

  it('records a support the level above gave unasked, from its own organization or a vendor', async () => {
    const s = await scenario();
    const path = `/api/organizations/${s.school.id}/supports/provided`;
    const input = {
      description: 'A two-day guided reading institute for every K–3 teacher.',
      startDate: '2026-10-01',
    };

    expect((await s.lead.client.post(path, input)).status).toBe(403);
    expect((await s.siblingLead.client.post(path, input)).status).toBe(404);
    const notTheirs = await s.superintendent.client.post(path, {
      ...input,
      providerOrganizationId: s.state.id,
    });
    expect(notTheirs.body.issues[0].path).toBe('providerOrganizationId');
    const both = await s.superintendent.client.post(path, {
      ...input,
      providerOrganizationId: s.district.id,
      providerVendor: 'Reading Partners',
    });
    expect(both.body.issues[0].path).toBe('providerVendor');
    const backwards = await s.superintendent.client.post(path, { ...input, endDate: '2026-09-01' });
    expect(backwards.body.issues[0].path).toBe('endDate');

    const vendor = await s.districtStaff.client.post(path, {
      ...input,
      providerVendor: 'Reading Partners',
      milestoneId: s.ids.milestones[0],
    });
    expect(vendor.status, JSON.stringify(vendor.body)).toBe(201);
    expect(vendor.body).toMatchObject({
      status: 'provided',
      respondent: { id: s.district.id },
      providerOrganization: null,
      providerVendor: 'Reading Partners',
      need: input.description,
      strategy: { number: '1.1' },
      milestone: { number: '1.1.1' },
      practiceCode: '3c',
      requestedBy: null,
    });
    const fromState = await s.stateLead.client.post(path, {
      ...input,
      providerOrganizationId: s.district.id,
    });
    expect(fromState.status, JSON.stringify(fromState.body)).toBe(201);
    expect(fromState.body.providerOrganization).toEqual({ id: s.district.id, name: 'Lake District' });
    expect(await inbox(s.teacher.client, 'support_provided')).toHaveLength(2);

    // A deleted milestone leaves the support in place, tied to its strategy only.
    await runInSystemTransaction(h.services, ({ tx }) =>
      unlinkPlanItems(tx, { milestoneIds: [s.ids.milestones[0]] }),
    );
    const deleted = await s.lead.client.delete(
      `/api/plans/${s.plan.id}/milestones/${s.ids.milestones[0]}?version=1`,
    );
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await s.lead.client.get(`/api/supports/${vendor.body.id}`)).body).toMatchObject({
      strategy: { number: '1.1' },
      milestone: null,
    });

    const received = await s.teacher.client.get(`/api/organizations/${s.school.id}/supports`);
    expect(received.body.items.map((i: any) => i.abilities)).toEqual([
      { respond: false, evaluate: true },
      { respond: false, evaluate: true },
    ]);
  });

  it('leaves the top of the tree nobody to ask', async () => {
    const s = await scenario();
    const path = `/api/organizations/${s.state.id}/supports`;
    const list = await s.stateLead.client.get(path);
    expect(list.body).toMatchObject({
      items: [],
      askOrganization: null,
      abilities: { request: false, provide: false },
    });
    expect((await s.stateLead.client.post(path, { need })).status).toBe(400);
  });
});
