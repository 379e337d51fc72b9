import { describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';
import { makeCompletePlan, type PlanScenario, planScenario } from '../support/plan-factories';

describe.each(engines)('plan permissions on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  let plan: Awaited<ReturnType<typeof makeCompletePlan>>;
  const setup = async () => {
    s ??= await planScenario(h);
    plan ??= await makeCompletePlan(h.services, { organization: s.school });
    return { s, plan };
  };

  /** Every write a plan editor can make, as [label, request] pairs against the complete plan. */
  function writes(client: TestClient) {
    const url = `/api/plans/${plan.plan.id}`;
    const { ids } = plan;
    const items: [string, string][] = [
      ['goals', ids.goal],
      ['priorities', ids.priority],
      ['strategies', ids.strategy],
      ['milestones', ids.milestones[0]],
      ['actions', ids.actions[0]],
    ];
    return [
      ['plan patch', () => client.patch(url, { version: 1, title: 'Taken over' })],
      ['archive', () => client.post(`${url}/archive`, { version: 1 })],
      ['direction', () => client.request('PUT', `${url}/direction`, { version: 2, vision: 'Mine' })],
      [
        'needs',
        () => client.request('PUT', `${url}/needs`, { version: 1, elements: { checked: [], other: {} } }),
      ],
      ['create goal', () => client.post(`${url}/goals`, { statement: 'Another goal' })],
      ['create measure', () => client.post(`${url}/measures`, { goalId: ids.goal, indicator: 'More' })],
      ['create swot', () => client.post(`${url}/swot`, { quadrant: 'threat', statement: 'Turnover' })],
      ['create root cause', () => client.post(`${url}/root-causes`, { method: 'fishbone', problem: 'Low' })],
      ['create priority', () => client.post(`${url}/priorities`, { title: 'Another' })],
      [
        'create strategy',
        () => client.post(`${url}/strategies`, { priorityId: ids.priority, title: 'More' }),
      ],
      [
        'create milestone',
        () => client.post(`${url}/milestones`, { strategyId: ids.strategy, title: 'More' }),
      ],
      [
        'create action',
        () => client.post(`${url}/actions`, { milestoneId: ids.milestones[0], description: 'Do' }),
      ],
      ...items.map(
        ([collection, id]) =>
          [`patch ${collection}`, () => client.patch(`${url}/${collection}/${id}`, { version: 1 })] as const,
      ),
      ...items.map(
        ([collection, id]) =>
          [`delete ${collection}`, () => client.delete(`${url}/${collection}/${id}?version=1`)] as const,
      ),
      [
        'reorder',
        () =>
          client.post(`${url}/reorder`, {
            kind: 'milestone',
            parentId: ids.strategy,
            orderedIds: [...ids.milestones].reverse(),
          }),
      ],
    ] as const;
  }

  async function statuses(client: TestClient) {
    const result: Record<string, number> = {};
    for (const [label, send] of writes(client)) result[label] = (await send()).status;
    return result;
  }

  const all = (status: number) => Object.fromEntries(writes(h.client()).map(([label]) => [label, status]));

  it('lets a district leader above the school read the plan but refuses every write', async () => {
    const { s, plan } = await setup();
    const res = await s.clients.districtLead.get(`/api/plans/${plan.plan.id}`);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe(plan.plan.title);
    expect(res.body.abilities).toEqual({
      read: true,
      edit: false,
      comment: true,
      requestSignatures: false,
      sign: false,
      recordUpdate: false,
      export: true,
      archive: false,
    });
    expect(await statuses(s.clients.districtLead)).toEqual(all(403));
    const after = await s.clients.lead.get(`/api/plans/${plan.plan.id}`);
    expect({ ...after.body, abilities: null }).toEqual({ ...res.body, abilities: null });
  });

  it('hides the plan from the staff of a sibling school', async () => {
    const { s, plan } = await setup();
    expect((await s.clients.siblingLead.get(`/api/plans/${plan.plan.id}`)).status).toBe(404);
    expect((await s.clients.siblingLead.get(`/api/organizations/${s.school.id}/plans`)).status).toBe(404);
    expect(
      (
        await s.clients.siblingLead.post(`/api/organizations/${s.school.id}/plans`, {
          title: 'Not ours',
          startYear: 2031,
          years: 1,
        })
      ).status,
    ).toBe(404);
    expect(await statuses(s.clients.siblingLead)).toEqual(all(404));
  });

  it('lets coaches and viewers read without editing, and the school’s planning team edit', async () => {
    const { s, plan } = await setup();
    for (const who of ['districtCoach', 'coach', 'viewer', 'districtAdmin'] as const) {
      const res = await s.clients[who].get(`/api/plans/${plan.plan.id}`);
      expect(res.status, who).toBe(200);
      expect(res.body.abilities.edit, who).toBe(false);
      const patch = await s.clients[who].patch(`/api/plans/${plan.plan.id}/strategies/${plan.ids.strategy}`, {
        version: 1,
        title: `Edited by ${who}`,
      });
      expect(patch.status, who).toBe(403);
    }
    const coach = await s.clients.districtCoach.get(`/api/plans/${plan.plan.id}`);
    expect(coach.body.abilities).toMatchObject({ comment: true, export: true, sign: false });
    const viewer = await s.clients.viewer.get(`/api/plans/${plan.plan.id}`);
    expect(viewer.body.abilities).toMatchObject({ comment: false, export: true });

    const create = await s.clients.districtLead.post(`/api/organizations/${s.school.id}/plans`, {
      title: 'From above',
      startYear: 2033,
      years: 1,
    });
    expect(create.status).toBe(403);

    const team = await s.clients.team.patch(`/api/plans/${plan.plan.id}/goals/${plan.ids.goal}`, {
      version: 1,
      explanation: 'Written by the team',
    });
    expect(team.status).toBe(200);
    expect(team.body.abilities).toMatchObject({ edit: true, archive: true, requestSignatures: true });
  });

  it('lets a read-only API token read but not write, and a write token edit', async () => {
    const { s, plan } = await setup();
    const read = await s.clients.readToken.get(`/api/plans/${plan.plan.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toMatchObject({ read: true, edit: false, sign: false });
    expect((await s.clients.readToken.get(`/api/organizations/${s.school.id}/plans`)).status).toBe(200);
    const refused = await s.clients.readToken.post(`/api/plans/${plan.plan.id}/goals`, {
      statement: 'Token goal',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('read-only');

    const written = await s.clients.writeToken.post(`/api/plans/${plan.plan.id}/goals`, {
      statement: 'Token goal',
    });
    expect(written.status).toBe(201);
    expect(written.body.goals.map((g: { statement: string }) => g.statement)).toContain('Token goal');
    expect(written.body.abilities).toMatchObject({ edit: true, sign: false });
  });
});
