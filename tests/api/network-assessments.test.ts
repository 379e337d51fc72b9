import { describe, expect, it } from 'vitest';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { type FrameworkRow, makePublishedFramework, tinyRubric } from '../support/framework-factories';
import { useHarness } from '../support/harness';

describe.each(engines)('network assessments on %s', (engine) => {
  const h = useHarness(engine);

  async function signedIn(organization: OrganizationRow, role: 'leader' | 'administrator' = 'leader') {
    const { person } = await makePerson(h.services, { organization, role });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { person, client };
  }

  /** A single-rater assessment rated by `lead`, with consensus on the first item when given, closed unless `open`. */
  async function assessment(
    lead: { person: { id: string }; client: TestClient },
    organization: OrganizationRow,
    framework: FrameworkRow,
    levels: string[],
    options: { title?: string; consensus?: string; open?: boolean } = {},
  ) {
    const created = await lead.client.post(`/api/organizations/${organization.id}/assessments`, {
      frameworkId: framework.id,
      title: options.title ?? 'Self-assessment',
      period: '2026–27',
      mode: 'single',
      facilitatorId: lead.person.id,
      raterIds: [lead.person.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const url = `/api/assessments/${created.body.id}`;
    for (const [i, item] of ['l1', 'l2', 't1', 't2'].entries()) {
      expect(
        (await lead.client.request('PUT', `${url}/ratings/${item}`, { levelKey: levels[i] })).status,
      ).toBe(200);
    }
    if (options.consensus) {
      await lead.client.request('PUT', `${url}/consensus/l1`, { levelKey: options.consensus });
    }
    if (!options.open) expect((await lead.client.post(`${url}/close`, { version: 1 })).status).toBe(200);
    return created.body.id as string;
  }

  it('shows a district its schools’ closed assessments with section averages and trend, and a state everything below it', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, {
      kind: 'district',
      parent: state,
      name: 'North District',
    });
    const ash = await makeOrganization(h.services, { kind: 'school', parent: district, name: 'Ash School' });
    const birch = await makeOrganization(h.services, {
      kind: 'school',
      parent: district,
      name: 'Birch School',
    });
    const other = await makeOrganization(h.services, {
      kind: 'district',
      parent: state,
      name: 'South District',
    });
    const cedar = await makeOrganization(h.services, { kind: 'school', parent: other, name: 'Cedar School' });
    const framework = await makePublishedFramework(h.services, tinyRubric());

    const ashLead = await signedIn(ash);
    const earlier = await assessment(ashLead, ash, framework, ['low', 'basic', 'basic', 'moderate'], {
      title: 'Ash 2025–26',
    });
    const later = await assessment(ashLead, ash, framework, ['basic', 'basic', 'moderate', 'high'], {
      title: 'Ash 2026–27',
      consensus: 'moderate',
    });
    await assessment(ashLead, ash, framework, ['low', 'low', 'low', 'low'], {
      title: 'Ash draft',
      open: true,
    });
    const birchId = await assessment(await signedIn(birch), birch, framework, ['high', 'high', 'low', 'low']);
    const districtLead = await signedIn(district);
    const own = await assessment(districtLead, district, framework, ['basic', 'basic', 'basic', 'basic']);
    const cedarId = await assessment(await signedIn(cedar), cedar, framework, ['low', 'low', 'low', 'low']);

    const view = await districtLead.client.get(`/api/organizations/${district.id}/network-assessments`);
    expect(view.status).toBe(200);
    expect(view.body.items.map((i: any) => [i.organization.name, i.assessment.title, i.trend])).toEqual([
      ['Ash School', 'Ash 2026–27', 'improved'],
      ['Ash School', 'Ash 2025–26', null],
      ['Birch School', 'Self-assessment', null],
    ]);
    expect(view.body.items[0]).toEqual({
      organization: { id: ash.id, name: 'Ash School', kind: 'school' },
      assessment: {
        id: later,
        title: 'Ash 2026–27',
        period: '2026–27',
        closedAt: expect.any(String),
        mode: 'single',
      },
      framework: { key: framework.key, title: 'Tiny district rubric', version: 1 },
      // Leadership: consensus moderate (3) and basic (2); Talent: moderate (3) and high (4).
      sections: [
        { key: 'lead', title: 'Leadership', average: 2.5 },
        { key: 'team', title: 'Talent', average: 3.5 },
      ],
      trend: 'improved',
    });
    expect(view.body.items[1].assessment.id).toBe(earlier);
    expect(view.body.items[2].sections).toEqual([
      { key: 'lead', title: 'Leadership', average: 4 },
      { key: 'team', title: 'Talent', average: 1 },
    ]);

    const stateAdmin = await signedIn(state, 'administrator');
    const stateView = await stateAdmin.client.get(`/api/organizations/${state.id}/network-assessments`);
    expect(stateView.body.items.map((i: any) => i.assessment.id).sort()).toEqual(
      [later, earlier, birchId, own, cedarId].sort(),
    );

    expect((await ashLead.client.get(`/api/organizations/${district.id}/network-assessments`)).status).toBe(
      403,
    );
    const south = await signedIn(other, 'administrator');
    expect((await south.client.get(`/api/organizations/${district.id}/network-assessments`)).status).toBe(
      404,
    );
    expect(
      (await south.client.get(`/api/organizations/${other.id}/network-assessments`)).body.items.map(
        (i: any) => i.assessment.id,
      ),
    ).toEqual([cedarId]);
  });

  it('reads each trend against the previous closed assessment: improved, declined or the same', async () => {
    const school = await makeOrganization(h.services, { kind: 'school' });
    const district = (await h.services.database.db.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.id, school.parentId as string),
    })) as OrganizationRow;
    const framework = await makePublishedFramework(h.services, tinyRubric());
    const lead = await signedIn(school);
    await assessment(lead, school, framework, ['high', 'high', 'moderate', 'moderate'], { title: 'A' });
    await assessment(lead, school, framework, ['basic', 'high', 'moderate', 'moderate'], { title: 'B' });
    await assessment(lead, school, framework, ['moderate', 'moderate', 'moderate', 'high'], { title: 'C' });
    await assessment(lead, school, framework, ['moderate', 'moderate', 'moderate', 'high'], { title: 'D' });
    const districtLead = await signedIn(district);
    const view = await districtLead.client.get(`/api/organizations/${district.id}/network-assessments`);
    expect(view.body.items.map((i: any) => [i.assessment.title, i.trend])).toEqual([
      ['D', 'same'],
      ['C', 'improved'],
      ['B', 'declined'],
      ['A', null],
    ]);
  });
});
