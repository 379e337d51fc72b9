import { describe, expect, it } from 'vitest';
import { updateOrganization } from '../../src/server/commands/organizations/update';
import { createItem } from '../../src/server/commands/plans/create-item';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { loadPlan } from '../../src/server/plans/load';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { schoolYearOf } from '../../src/shared/plans/checks';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan, makePlan } from '../support/plan-factories';

describe.each(engines)('network plans API on %s', (engine) => {
  const h = useHarness(engine);
  const thisYear = schoolYearOf(new Date().toISOString().slice(0, 10));

  async function signedIn(organization: OrganizationRow, role: Role) {
    const { person } = await makePerson(h.services, { organization, role });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { person, client };
  }

  /**
   * A state with two districts. The first district's schools: Alder (complete plan), Birch (complete plan
   * plus a bare 1a strategy), Cedar (no plan), Dogwood (signed plan), Elm (a plan for this school year and
   * a later one; ESSA CSI) and Fir (two plans that both start after this school year).
   */
  async function build() {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state, name: 'North' });
    const otherDistrict = await makeOrganization(h.services, {
      kind: 'district',
      parent: state,
      name: 'South',
    });
    const school = (name: string) => makeOrganization(h.services, { kind: 'school', parent: district, name });
    const [alder, birch, cedar, dogwood, elm, fir] = await Promise.all(
      ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir'].map((n) => school(`${n} School`)),
    );
    await makeCompletePlan(h.services, { organization: alder });
    const birchPlan = await makeCompletePlan(h.services, { organization: birch });
    await runInSystemTransaction(h.services, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, birchPlan.plan.id, { lock: true });
      await createItem(ctx, {
        loaded,
        kind: 'strategy',
        values: {
          priorityId: birchPlan.ids.priority,
          title: 'Family reading nights',
          practiceCodes: ['1a'],
          goalIds: [],
        },
      });
    });
    const dogwoodPlan = await makeCompletePlan(h.services, { organization: dogwood });
    const dogwoodLead = await signedIn(dogwood, 'leader');
    const url = `/api/plans/${dogwoodPlan.plan.id}`;
    const requested = await dogwoodLead.client.post(`${url}/signatures`, {
      signatories: [{ personId: dogwoodLead.person.id, roleInPlan: 'Principal' }],
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    const signed = await dogwoodLead.client.post(
      `${url}/signatures/${requested.body.signatures[0].id}/sign`,
      {
        position: 'Principal',
      },
    );
    expect(signed.body.status).toBe('signed');
    const elmCurrent = await makePlan(h.services, { organization: elm, startYear: thisYear, years: 1 });
    await makePlan(h.services, { organization: elm, startYear: thisYear + 2, years: 1 });
    await runInSystemTransaction(h.services, (ctx) =>
      updateOrganization(ctx, { organization: elm, version: elm.version, essaStatus: 'csi' }),
    );
    await makePlan(h.services, { organization: fir, startYear: thisYear + 3, years: 1 });
    const firLatest = await makePlan(h.services, { organization: fir, startYear: thisYear + 5, years: 2 });
    return {
      state,
      district,
      otherDistrict,
      schools: { alder, birch, cedar, dogwood, elm, fir },
      plans: { birch: birchPlan, elm: elmCurrent.plan, fir: firLatest.plan },
      superintendent: await signedIn(district, 'viewer'),
      stateLead: await signedIn(state, 'leader'),
      alderLead: await signedIn(alder, 'leader'),
    };
  }
  let shared: ReturnType<typeof build> | undefined;
  const scenario = () => {
    shared ??= build();
    return shared;
  };

  const byName = (items: any[]) => Object.fromEntries(items.map((i) => [i.organization.name, i]));

  it('lists every school below a district with its current plan and completeness', async () => {
    const s = await scenario();
    const res = await s.superintendent.client.get(`/api/organizations/${s.district.id}/network-plans`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items;
    expect(items.map((i: any) => [i.organization.name, i.completeness])).toEqual([
      ['Alder School', 'complete'],
      ['Birch School', 'incomplete'],
      ['Cedar School', 'none'],
      ['Dogwood School', 'signed'],
      ['Elm School', 'incomplete'],
      ['Fir School', 'incomplete'],
    ]);
    const rows = byName(items);
    expect(rows['Alder School'].organization).toEqual({
      id: s.schools.alder.id,
      name: 'Alder School',
      kind: 'school',
      essaStatus: 'none',
      parent: { id: s.district.id, name: 'North' },
    });
    expect(rows['Cedar School'].plan).toBeNull();
    expect(rows['Alder School'].plan).toMatchObject({
      organizationId: s.schools.alder.id,
      status: 'draft',
      checkCount: 0,
      practiceCodes: ['3c'],
      period: { startYear: 2026, years: 3, label: '2026–27 to 2028–29' },
      strategies: [
        {
          id: expect.any(String),
          number: '1.1',
          title: 'Guided reading in every classroom',
          practiceCodes: ['3c'],
        },
      ],
    });
    expect(
      rows['Birch School'].plan.strategies.map((x: any) => [x.number, x.title, x.practiceCodes]),
    ).toEqual([
      ['1.1', 'Guided reading in every classroom', ['3c']],
      ['1.2', 'Family reading nights', ['1a']],
    ]);
    expect(rows['Dogwood School'].plan.signedAt).toEqual(expect.any(String));
    expect(rows['Elm School'].plan.id).toBe(s.plans.elm.id);
    expect(rows['Fir School'].plan.id).toBe(s.plans.fir.id);
    expect(res.body.practiceCounts).toEqual({ '3c': 3, '1a': 1 });
  });

  it('keeps only plans coded to a practice, each with just those strategies', async () => {
    const s = await scenario();
    const url = `/api/organizations/${s.district.id}/network-plans`;
    const threeC = await s.superintendent.client.get(`${url}?practice=3C`);
    expect(threeC.status).toBe(200);
    expect(threeC.body.items.map((i: any) => i.organization.name)).toEqual([
      'Alder School',
      'Birch School',
      'Dogwood School',
    ]);
    expect(byName(threeC.body.items)['Birch School'].plan.strategies.map((x: any) => x.number)).toEqual([
      '1.1',
    ]);
    expect(threeC.body.practiceCounts).toEqual({ '3c': 3, '1a': 1 });

    const oneA = await s.superintendent.client.get(`${url}?practice=1a`);
    expect(
      oneA.body.items.map((i: any) => [i.organization.name, i.plan.strategies.map((x: any) => x.number)]),
    ).toEqual([['Birch School', ['1.2']]]);
    expect(oneA.body.practiceCounts).toEqual({ '3c': 1, '1a': 1 });
    expect((await s.superintendent.client.get(`${url}?practice=2b`)).body).toEqual({
      items: [],
      practiceCounts: {},
    });
    const bad = await s.superintendent.client.get(`${url}?practice=9z`);
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('practice');
  });

  it('filters by completeness, ESSA status and kind', async () => {
    const s = await scenario();
    const names = async (query: string) =>
      (
        await s.stateLead.client.get(`/api/organizations/${s.state.id}/network-plans?${query}`)
      ).body.items.map((i: any) => i.organization.name);
    expect(await names('completeness=none')).toEqual(['North', 'South', 'Cedar School']);
    expect(await names('completeness=signed')).toEqual(['Dogwood School']);
    expect(await names('essa=csi')).toEqual(['Elm School']);
    expect(await names('kind=district')).toEqual(['North', 'South']);
    expect(await names('kind=school&completeness=incomplete')).toEqual([
      'Birch School',
      'Elm School',
      'Fir School',
    ]);
    const fromState = await s.stateLead.client.get(
      `/api/organizations/${s.state.id}/network-plans?kind=district`,
    );
    expect(fromState.body.items[0].organization.parent).toEqual({ id: s.state.id, name: s.state.name });
  });

  it('answers a school leader as the organization policy does', async () => {
    const s = await scenario();
    const get = (org: OrganizationRow) =>
      s.alderLead.client.get(`/api/organizations/${org.id}/network-plans`);
    expect((await get(s.district)).status).toBe(403);
    expect((await get(s.otherDistrict)).status).toBe(404);
    expect((await get(s.schools.birch)).status).toBe(404);
    const own = await get(s.schools.alder);
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ items: [], practiceCounts: {} });
  });
});
