import { describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan, makePlan } from '../support/plan-factories';

describe.each(engines)('plan checks API on %s', (engine) => {
  const h = useHarness(engine);

  async function signIn(organization: Awaited<ReturnType<typeof makeOrganization>>) {
    const { person } = await makePerson(h.services, { role: 'leader', organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  }

  const checksOf = async (client: TestClient, planId: string) => {
    const res = await client.get(`/api/plans/${planId}/checks`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as { code: string; path: string; message: string }[];
  };

  it('asks an empty plan for goals and priority areas, and finds nothing in a complete one', async () => {
    const school = await makeOrganization(h.services);
    const lead = await signIn(school);
    const { plan } = await makePlan(h.services, { organization: school, startYear: 2029 });
    expect(await checksOf(lead, plan.id)).toEqual([
      {
        code: 'no_goals',
        path: 'direction/goals',
        message: 'The plan has no goals yet. What are the top three or four goals for your students?',
      },
      {
        code: 'no_priorities',
        path: 'needs/priorities',
        message: expect.stringContaining('no priority areas'),
      },
    ]);

    const complete = await makeCompletePlan(h.services, { organization: school });
    expect(await checksOf(lead, complete.plan.id)).toEqual([]);
  });

  it('follows the plan as it is edited, naming each item by number and pointing at it', async () => {
    const school = await makeOrganization(h.services);
    const lead = await signIn(school);
    const { plan, ids } = await makeCompletePlan(h.services, { organization: school });

    const priority = await lead.post(`/api/plans/${plan.id}/priorities`, { title: 'Attendance' });
    expect(priority.status, JSON.stringify(priority.body)).toBe(201);
    const added = priority.body.priorities[1];
    const strategy = priority.body.priorities[0].strategies[0];
    const patched = await lead.patch(`/api/plans/${plan.id}/strategies/${ids.strategy}`, {
      version: strategy.version,
      toaThen: null,
      practiceCodes: [],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.checkCount).toBe(3);

    expect(await checksOf(lead, plan.id)).toEqual([
      {
        code: 'strategy_missing_toa',
        path: `plan/strategy/${ids.strategy}`,
        message: expect.stringMatching(/^Strategy 1\.1's theory of action has no 'then' part\./),
      },
      {
        code: 'strategy_without_practice',
        path: `plan/strategy/${ids.strategy}`,
        message:
          'Strategy 1.1 has no Four Domains practice code. Which effective practice does it put in place?',
      },
      {
        code: 'priority_without_strategy',
        path: `needs/priority/${added.id}`,
        message: 'Priority area 2 has no strategy. Which effective practices could address it?',
      },
    ]);
  });

  it('shows checks only to people who may read the plan', async () => {
    const { plan } = await makePlan(h.services);
    const stranger = await signIn(await makeOrganization(h.services));
    expect((await stranger.get(`/api/plans/${plan.id}/checks`)).status).toBe(404);
    expect((await h.client().get(`/api/plans/${plan.id}/checks`)).status).toBe(401);
  });
});
