import { describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan } from '../support/plan-factories';

describe.each(engines)('plan versions API on %s', (engine) => {
  const h = useHarness(engine);

  async function scenario() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const signIn = async (organization: typeof school, role: 'leader' | 'team_member') => {
      const { person } = await makePerson(h.services, { role, organization });
      const client = h.client();
      expect((await client.login(person.email)).status).toBe(200);
      return { id: person.id, name: person.name, client };
    };
    const lead = await signIn(school, 'leader');
    const teacher = await signIn(school, 'team_member');
    const superintendent = await signIn(district, 'leader');
    const { plan, ids } = await makeCompletePlan(h.services, { organization: school });
    return { plan, ids, lead, teacher, superintendent, url: `/api/plans/${plan.id}` };
  }

  const versionsOf = async (client: TestClient, url: string) => {
    const res = await client.get(`${url}/versions`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      items: { number: number; kind: string; summary: string | null }[];
      pendingChanges: boolean;
    };
  };

  const strategyOf = (tree: any) => tree.priorities[0].strategies[0];
  const decision = {
    cause: 'Walkthroughs showed guided reading only twice a week.',
    evidence: 'September and October walkthrough data.',
    decidedBy: 'School leadership team',
  };

  it('records updates after signing, with their date and summary, and shows what changed', async () => {
    const { url, ids, lead, teacher } = await scenario();
    expect(await versionsOf(lead.client, url)).toEqual({ items: [], pendingChanges: true });

    const saved = await lead.client.post(`${url}/versions`, { summary: 'First full draft' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.updates).toEqual([]);
    expect(await versionsOf(lead.client, url)).toMatchObject({
      items: [{ number: 1, kind: 'saved', summary: 'First full draft' }],
      pendingChanges: false,
    });

    const asked = await lead.client.post(`${url}/signatures`, {
      signatories: [{ personId: teacher.id, roleInPlan: 'Teacher representative' }],
    });
    const signed = await teacher.client.post(`${url}/signatures/${asked.body.signatures[0].id}/sign`, {});
    expect(signed.body.status).toBe('signed');
    expect((await versionsOf(lead.client, url)).items.map((v) => v.kind)).toEqual([
      'signed',
      'signature_request',
      'saved',
    ]);

    // Saving a strategy unchanged moves its version on but changes nothing in the plan.
    const same = await lead.client.patch(`${url}/strategies/${ids.strategy}`, {
      version: strategyOf(signed.body).version,
      title: strategyOf(signed.body).title,
    });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect((await versionsOf(lead.client, url)).pendingChanges).toBe(false);

    const edited = await lead.client.patch(`${url}/strategies/${ids.strategy}`, {
      version: strategyOf(same.body).version,
      toaThen: 'every classroom runs guided reading four days a week',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.status).toBe('signed');
    expect((await versionsOf(lead.client, url)).pendingChanges).toBe(true);

    const current = await lead.client.get(`${url}/versions/diff?from=3&to=current`);
    expect(current.status, JSON.stringify(current.body)).toBe(200);
    expect(current.body).toEqual({
      from: 3,
      to: 'current',
      changes: [
        {
          change: 'changed',
          entity: 'Strategy',
          number: '1.1',
          label: 'Guided reading in every classroom',
          fields: [
            {
              field: 'Theory of action: then',
              before: 'small-group instruction happens daily',
              after: 'every classroom runs guided reading four days a week',
            },
          ],
        },
      ],
    });

    expect((await lead.client.post(`${url}/versions`, { summary: '  ' })).body.issues).toEqual([
      { path: 'summary', message: 'Required.' },
    ]);
    // After signing, an update is also an adjustment: it says why, on what evidence, and who decided.
    const bare = await lead.client.post(`${url}/versions`, { summary: 'Guided reading four days a week' });
    expect(bare.status).toBe(400);
    expect(bare.body.issues.map((i: { path: string }) => i.path)).toEqual(['cause', 'evidence', 'decidedBy']);
    const update = await lead.client.post(`${url}/versions`, {
      summary: 'Guided reading four days a week',
      ...decision,
    });
    expect(update.status, JSON.stringify(update.body)).toBe(201);
    expect(update.body.updates).toEqual([
      {
        number: 4,
        summary: 'Guided reading four days a week',
        createdAt: expect.any(String),
        createdBy: { id: lead.id, name: lead.name },
      },
    ]);
    expect(await versionsOf(lead.client, url)).toMatchObject({
      items: [{ number: 4, kind: 'update', summary: 'Guided reading four days a week' }, {}, {}, {}],
      pendingChanges: false,
    });

    const again = await lead.client.post(`${url}/versions`, { summary: 'Nothing new', ...decision });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('Nothing has changed since version 4.');

    const between = await lead.client.get(`${url}/versions/diff?from=3&to=4`);
    expect(between.body.to).toBe(4);
    expect(between.body.changes).toEqual(current.body.changes);
    expect((await lead.client.get(`${url}/versions/diff?from=4`)).body).toEqual({
      from: 4,
      to: 'current',
      changes: [],
    });

    const version = await lead.client.get(`${url}/versions/3`);
    expect(version.status).toBe(200);
    expect(version.body).toMatchObject({
      number: 3,
      kind: 'signed',
      summary: null,
      createdAt: expect.any(String),
    });
    expect(version.body.snapshot.priorities[0].strategies[0].toaThen).toBe(
      'small-group instruction happens daily',
    );
    expect(version.body.snapshot.title).toBe(signed.body.title);
  });

  it('answers 404 for versions that do not exist and 400 for a bad number', async () => {
    const { url, lead } = await scenario();
    expect((await lead.client.get(`${url}/versions/1`)).status).toBe(404);
    expect((await lead.client.get(`${url}/versions/diff?from=1`)).status).toBe(404);
    expect((await lead.client.get(`${url}/versions/diff?from=first`)).status).toBe(400);
    expect((await lead.client.get(`${url}/versions/zero`)).status).toBe(400);
  });

  it('lets readers above follow versions but leaves recording them to the plan’s team', async () => {
    const { url, lead, superintendent } = await scenario();
    expect((await lead.client.post(`${url}/versions`, { summary: 'Draft' })).status).toBe(201);
    expect(
      (await superintendent.client.post(`${url}/versions`, { summary: 'From the district' })).status,
    ).toBe(403);
    expect((await superintendent.client.get(`${url}/versions`)).body.items).toHaveLength(1);
    expect((await superintendent.client.get(`${url}/versions/diff?from=1`)).status).toBe(200);
    expect((await superintendent.client.get(`${url}/versions/1`)).status).toBe(200);
    const stranger = await makePerson(h.services, { role: 'leader' });
    const client = h.client();
    await client.login(stranger.person.email);
    expect((await client.get(`${url}/versions`)).status).toBe(404);
    expect((await client.get(`${url}/versions/1`)).status).toBe(404);
  });
});
