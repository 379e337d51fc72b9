import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeMonitoredPlan } from '../support/monitoring-factories';
import { type PlanScenario, planScenario } from '../support/plan-factories';

type Who = keyof PlanScenario['clients'] | 'owner' | 'otherOwner';

describe.each(engines)('monitoring permissions on %s', (engine) => {
  const h = useHarness(engine);
  let scenario: PlanScenario;
  let clients: Record<Who, TestClient>;
  let ids: Awaited<ReturnType<typeof makeMonitoredPlan>>['ids'];
  let planId: string;

  beforeAll(async () => {
    scenario = await planScenario(h);
    const owners = {} as Record<'owner' | 'otherOwner', { id: string; client: TestClient }>;
    for (const key of ['owner', 'otherOwner'] as const) {
      const { person } = await makePerson(h.services, {
        role: 'action_owner',
        organization: scenario.school,
      });
      const client = h.client();
      expect((await client.login(person.email)).status).toBe(200);
      owners[key] = { id: person.id, client };
    }
    clients = { ...scenario.clients, owner: owners.owner.client, otherOwner: owners.otherOwner.client };
    const made = await makeMonitoredPlan(h.services, {
      organization: scenario.school,
      owner: owners.owner.id,
      other: owners.otherOwner.id,
    });
    ids = made.ids;
    planId = made.plan.id;
  });

  const everyone: Who[] = [
    'lead',
    'team',
    'viewer',
    'coach',
    'districtLead',
    'districtCoach',
    'districtAdmin',
    'siblingLead',
    'readToken',
    'writeToken',
    'owner',
    'otherOwner',
  ];
  /** One request per caller, in turn, so the first allowed writer is always the same. */
  async function statuses(request: (client: TestClient, who: Who) => Promise<{ status: number }>) {
    const result: Record<string, number> = {};
    for (const who of everyone) result[who] = (await request(clients[who], who)).status;
    return result;
  }
  const only = (allowed: Record<string, number>, otherwise = 403) =>
    Object.fromEntries(
      everyone.map((who) => [who, allowed[who] ?? (who === 'siblingLead' ? 404 : otherwise)]),
    );

  it('lets the planning team, a write token and the action’s owner report; the rest are refused', async () => {
    // Each allowed caller reports a different month, so none replaces another's report.
    const months: Partial<Record<Who, string>> = {
      lead: '2026-09',
      team: '2026-10',
      writeToken: '2026-11',
      owner: '2026-12',
    };
    const result = await statuses((client, who) =>
      client.post(`/api/actions/${ids.actions[1]}/status`, {
        period: months[who] ?? '2026-09',
        status: 'on_track',
        percentComplete: 10,
      }),
    );
    expect(result).toEqual(only({ lead: 201, team: 201, writeToken: 201, owner: 201 }));
    // An action owner reports on their own action only.
    const theirs = await clients.otherOwner.post(`/api/actions/${ids.actions[3]}/status`, {
      period: '2026-10',
      status: 'on_track',
      percentComplete: 10,
    });
    expect(theirs.status).toBe(201);
  });

  it('lets everyone at the school and above read monitoring; siblings see nothing', async () => {
    const reads = [
      `/api/actions/${ids.actions[1]}/status`,
      '/api/organizations/{school}/status-sheet?period=2026-10&scope=all',
      '/api/organizations/{school}/reporting-gaps?period=2026-10',
      '/api/organizations/{school}/implementation?period=2026-Q1',
      '/api/organizations/{school}/milestone-reviews?semester=2026-S1',
      '/api/organizations/{school}/reporting-calendar',
    ];
    for (const path of reads) {
      const url = path.replace('{school}', scenario.school.id);
      expect(await statuses((client) => client.get(url)), url).toEqual(only({}, 200));
    }
    const sheet = (
      await clients.districtLead.get(
        `/api/organizations/${scenario.school.id}/status-sheet?period=2026-10&scope=all`,
      )
    ).body;
    expect(sheet.items.length).toBeGreaterThan(0);
    expect(sheet.items.every((r: any) => r.abilities.report === false)).toBe(true);
  });

  it('lets only the planning team review milestones and leaders set the calendar', async () => {
    const review = await statuses((client) =>
      client.request('PUT', `/api/milestones/${ids.milestones[2]}/reviews`, {
        semester: '2026-S1',
        completed: false,
        behind: false,
      }),
    );
    // The leader creates the review; the next allowed writers, sending no version, meet it (409).
    expect(review).toEqual(only({ lead: 200, team: 409, writeToken: 409 }));

    const calendar = await statuses((client) =>
      client.request('PUT', `/api/organizations/${scenario.school.id}/reporting-calendar`, {
        yearStartMonth: 8,
        statusDueDay: 7,
        quarterStartMonths: [8, 11, 2, 5],
        semesterStartMonths: [8, 1],
        annualReviewMonth: 6,
      }),
    );
    expect(calendar).toEqual(only({ lead: 200, districtAdmin: 409 }));
  });

  it('refuses reports on an archived plan', async () => {
    const plan = (await clients.lead.get(`/api/plans/${planId}`)).body;
    expect((await clients.lead.post(`/api/plans/${planId}/archive`, { version: plan.version })).status).toBe(
      200,
    );
    const refused = await clients.lead.post(`/api/actions/${ids.actions[0]}/status`, {
      period: '2026-10',
      status: 'on_track',
      percentComplete: 10,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('archived');
  });
});
