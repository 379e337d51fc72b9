import { expect } from 'vitest';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from './client';
import { makeOrganization, makePerson } from './factories';
import { makePublishedFramework, tinyRubric } from './framework-factories';
import type { Harness } from './harness';

const cast = {
  facilitator: ['district', 'leader'],
  r1: ['district', 'team_member'],
  r2: ['district', 'team_member'],
  r3: ['district', 'team_member'],
  leader: ['district', 'leader'],
  admin: ['district', 'administrator'],
  viewer: ['district', 'viewer'],
  stateAdmin: ['state', 'administrator'],
  stateLead: ['state', 'leader'],
  schoolLead: ['school', 'leader'],
  outsider: ['sibling', 'administrator'],
} as const satisfies Record<string, readonly [string, Role]>;

export type CastMember = keyof typeof cast;

/**
 * A state with two districts, a school in the first, a tiny published rubric and a signed-in client for each
 * member of the cast: a facilitator and three raters at the district, its other leader, administrator and viewer,
 * the state's administrator and leader, the school's leader, and an administrator of the other district.
 */
export async function assessmentScenario(h: Harness) {
  const state = await makeOrganization(h.services, { kind: 'state' });
  const district = await makeOrganization(h.services, { kind: 'district', parent: state });
  const school = await makeOrganization(h.services, { kind: 'school', parent: district });
  const sibling = await makeOrganization(h.services, { kind: 'district', parent: state });
  const orgs: Record<string, OrganizationRow> = { state, district, school, sibling };
  const framework = await makePublishedFramework(h.services, tinyRubric());
  const ids = {} as Record<CastMember, string>;
  const names = {} as Record<CastMember, string>;
  const clients = {} as Record<CastMember, TestClient>;
  for (const [key, [where, role]] of Object.entries(cast) as [CastMember, readonly [string, Role]][]) {
    const { person } = await makePerson(h.services, { role, organization: orgs[where], name: `Cast ${key}` });
    ids[key] = person.id;
    names[key] = person.name;
    clients[key] = h.client();
    expect((await clients[key].login(person.email)).status).toBe(200);
  }
  return { state, district, school, sibling, framework, ids, names, clients };
}

export type Scenario = Awaited<ReturnType<typeof assessmentScenario>>;

export function put(client: TestClient, path: string, body: unknown) {
  return client.request('PUT', path, body);
}

/** Starts an assessment of the scenario's district as its facilitator; returns the detail. */
export async function startAssessment(
  s: Scenario,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const res = await s.clients.facilitator.post(`/api/organizations/${s.district.id}/assessments`, {
    frameworkId: s.framework.id,
    title: 'District self-reflection',
    period: '2026–27',
    mode: 'team',
    facilitatorId: s.ids.facilitator,
    raterIds: [s.ids.r1, s.ids.r2, s.ids.r3],
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Rates every item of the tiny rubric for one rater and submits. */
export async function rateAll(
  client: TestClient,
  assessmentId: string,
  levels: Record<string, string>,
  text: (itemKey: string) => { evidence?: string; notes?: string } = () => ({}),
  submit = true,
) {
  for (const [itemKey, levelKey] of Object.entries(levels)) {
    const res = await put(client, `/api/assessments/${assessmentId}/ratings/${itemKey}`, {
      levelKey,
      ...text(itemKey),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  if (submit) expect((await client.post(`/api/assessments/${assessmentId}/submit`)).status).toBe(204);
}
