import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../../src/server/queries/people';
import { assessmentScenario, put, rateAll, startAssessment } from '../support/assessment-scenario';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { readPdfText, readWorkbook } from '../support/export-readers';
import { makeOrganization, makePerson } from '../support/factories';
import { makePublishedFramework, tinyRubric } from '../support/framework-factories';
import { useHarness } from '../support/harness';

/** Distinctive level keys, so a level in a response cannot be mistaken for an ordinary word. */
const levelKeys = ['lv-one', 'lv-two', 'lv-three', 'lv-four'];
const items = ['l1', 'l2', 't1', 't2'];
const raters = ['a1', 'a2', 'a3', 'a4'] as const;
type Rater = (typeof raters)[number];

/** Each rater's levels: varied, so no item's distribution is unanimous. */
const choices: Record<Rater, string[]> = {
  a1: ['lv-one', 'lv-two', 'lv-four', 'lv-three'],
  a2: ['lv-two', 'lv-two', 'lv-three', 'lv-one'],
  a3: ['lv-four', 'lv-three', 'lv-three', 'lv-two'],
  a4: ['lv-two', 'lv-one', 'lv-four', 'lv-three'],
};
const evidence = (r: Rater, item: string) => `SECRET-${r}-EVIDENCE about ${item}`;
const notes = (r: Rater, item: string) => `SECRET-${r}-NOTE on ${item}`;
const markerOf = (r: Rater) => new RegExp(`SECRET-${r}-`);

/**
 * Objects whose near fields (their own and one level down) hold both a person (id or name) and a level key:
 * the shape any "this person chose that level" answer would take ({ rater: {id}, levelKey }, an audit event with
 * its actor and a level in `after`, { [personId]: levelKey } …). Returns their paths.
 */
function personLevelPairs(json: unknown, persons: Set<string>, levels: Set<string>): string[] {
  const near = (node: unknown, depth: number, out: string[]) => {
    if (Array.isArray(node)) {
      if (depth > 0) for (const v of node) near(v, depth - 1, out);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        out.push(k);
        if (typeof v === 'string') out.push(v);
        else if (depth > 0) near(v, depth - 1, out);
      }
    } else if (typeof node === 'string') out.push(node);
    return out;
  };
  const found: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        walk(v, `${path}.${i}`);
      });
    } else if (node && typeof node === 'object') {
      const strings = near(node, 1, []);
      if (strings.some((s) => persons.has(s)) && strings.some((s) => levels.has(s)))
        found.push(path || '(root)');
      for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
    }
  };
  walk(json, '');
  return found;
}

describe('the person-and-level detector', () => {
  it('finds the shapes a leak would take and ignores aggregates', () => {
    const persons = new Set(['p1', 'Ann Lee']);
    const levels = new Set(['lv-one']);
    expect(
      personLevelPairs({ items: [{ rater: { id: 'p1' }, levelKey: 'lv-one' }] }, persons, levels),
    ).toEqual(['.items.0']);
    expect(
      personLevelPairs({ actor: { name: 'Ann Lee' }, after: { levelKey: 'lv-one' } }, persons, levels),
    ).toEqual(['(root)']);
    expect(personLevelPairs({ byPerson: { p1: 'lv-one' } }, persons, levels)).toHaveLength(2);
    expect(
      personLevelPairs({ distribution: { 'lv-one': 3 }, facilitator: { id: 'x' } }, persons, levels),
    ).toEqual([]);
  });
});

describe.each(engines)('anonymous assessments on %s', (engine) => {
  const h = useHarness(engine);

  it('never let a response reveal one person’s rating to anyone else, up to the state', async () => {
    // A school in a district in a state; four school staff rate anonymously, the principal facilitates.
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const cast = {
      a1: [school, 'team_member'],
      a2: [school, 'team_member'],
      a3: [school, 'team_member'],
      a4: [school, 'leader'],
      facilitator: [school, 'leader'],
      schoolAdmin: [school, 'administrator'],
      schoolViewer: [school, 'viewer'],
      districtAdmin: [district, 'administrator'],
      districtLead: [district, 'leader'],
      stateAdmin: [state, 'administrator'],
      stateLead: [state, 'leader'],
    } as const;
    const id = {} as Record<keyof typeof cast, string>;
    const name = {} as Record<keyof typeof cast, string>;
    const client = {} as Record<keyof typeof cast, TestClient>;
    for (const [key, [org, role]] of Object.entries(cast) as [keyof typeof cast, (typeof cast)['a1']][]) {
      const { person } = await makePerson(h.services, {
        organization: org,
        role,
        name: `Anon ${key} Person`,
      });
      id[key] = person.id;
      name[key] = person.name;
      client[key] = h.client();
      expect((await client[key].login(person.email)).status).toBe(200);
    }
    const rubric = tinyRubric();
    const framework = await makePublishedFramework(
      h.services,
      tinyRubric({
        levels: rubric.levels.map((l, i) => ({ ...l, key: levelKeys[i] })),
        sections: rubric.sections.map((s) => ({
          ...s,
          items: s.items.map((it) => ({
            ...it,
            descriptors: Object.fromEntries(levelKeys.map((k) => [k, [{ text: `At ${k}.` }]])),
          })),
        })),
      }),
    );
    const start = async (title: string) => {
      const res = await client.facilitator.post(`/api/organizations/${school.id}/assessments`, {
        frameworkId: framework.id,
        title,
        period: title,
        mode: 'anonymous',
        facilitatorId: id.facilitator,
        raterIds: raters.map((r) => id[r]),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const rate = async (assessment: string, r: Rater, which = items, submit = true) => {
      for (const item of which) {
        const res = await client[r].request('PUT', `/api/assessments/${assessment}/ratings/${item}`, {
          levelKey: choices[r][items.indexOf(item)],
          evidence: evidence(r, item),
          notes: notes(r, item),
        });
        expect(res.status).toBe(200);
      }
      if (submit) expect((await client[r].post(`/api/assessments/${assessment}/submit`)).status).toBe(204);
    };

    // Last year's assessment, closed, so comparisons, trends and network views have something to show.
    const previous = await start('2025–26');
    for (const r of raters) await rate(previous, r);
    await client.facilitator.request('PUT', `/api/assessments/${previous}/consensus/l1`, {
      levelKey: 'lv-two',
    });
    expect((await client.facilitator.post(`/api/assessments/${previous}/close`, { version: 1 })).status).toBe(
      200,
    );

    const current = await start('2026–27');
    const persons = new Set(raters.flatMap((r) => [id[r], name[r]]));
    const levels = new Set(levelKeys);
    const viewers = Object.keys(cast) as (keyof typeof cast)[];
    const json = [
      `/api/assessments/${current}`,
      `/api/assessments/${current}/ratings`,
      `/api/assessments/${current}/results`,
      `/api/assessments/${current}/comparable`,
      `/api/assessments/${current}/comparison?with=${previous}`,
      `/api/assessments/${previous}`,
      `/api/assessments/${previous}/results`,
      `/api/organizations/${school.id}/assessments`,
      `/api/organizations/${school.id}/priority-candidates`,
      `/api/organizations/${school.id}/audit?limit=200`,
      `/api/organizations/${district.id}/audit?includeDescendants=true&limit=200`,
      `/api/organizations/${state.id}/audit?includeDescendants=true&limit=200`,
      `/api/organizations/${district.id}/network-assessments`,
      `/api/organizations/${state.id}/network-assessments`,
    ];
    let answered = 0;

    /** Calls every endpoint as every viewer and checks what came back. */
    const inspect = async (phase: string) => {
      for (const viewer of viewers) {
        const others = raters.filter((r) => r !== viewer);
        for (const path of json) {
          const res = await client[viewer].get(path);
          const text = JSON.stringify(res.body);
          for (const r of others) expect(text, `${phase}: ${viewer} ${path}`).not.toMatch(markerOf(r));
          expect(personLevelPairs(res.body, persons, levels), `${phase}: ${viewer} ${path}`).toEqual([]);
          if (path.endsWith('/ratings')) expect(res.status).toBe(403);
          if (res.status === 200) answered++;
        }
        for (const file of ['xlsx', 'pdf'] as const) {
          const res = await client[viewer].download(`/api/assessments/${current}/export.${file}`);
          expect(res.status).toBe(200);
          const text = file === 'xlsx' ? (await readWorkbook(res.bytes)).text : readPdfText(res.bytes);
          expect(text.length).toBeGreaterThan(200);
          // No one's words, and no rater named at all: an export of an anonymous assessment has only aggregates.
          for (const r of raters) {
            expect(text, `${phase}: ${viewer} export.${file}`).not.toMatch(markerOf(r));
            expect(text).not.toContain(name[r]);
          }
          expect(text).not.toContain('Individual ratings');
        }
      }
      const detail = await client.schoolAdmin.get(`/api/assessments/${current}`);
      expect(detail.body.raters).toEqual([]);
      return detail.body;
    };

    // Part-way: one rater has submitted, another has saved half. Counts stay hidden from everyone, so no one can
    // read a person's rating off them as they change.
    await rate(current, 'a1');
    await rate(current, 'a2', ['l1', 't1'], false);
    const early = await inspect('in progress');
    expect(early.submittedCount).toBe(1);
    for (const viewer of ['facilitator', 'a1', 'stateAdmin'] as const) {
      const results = (await client[viewer].get(`/api/assessments/${current}/results`)).body;
      expect(results.ratingsVisible).toBe(false);
      expect(results.items.every((i: any) => i.raterCount === 0 && i.mean === null)).toBe(true);
    }
    // Each rater still sees, and can resume, their own entries.
    const own = (await client.a2.get(`/api/assessments/${current}`)).body;
    expect(own.myRatings.l1).toEqual({
      levelKey: 'lv-two',
      evidence: evidence('a2', 'l1'),
      notes: notes('a2', 'l1'),
    });
    expect(own.myProgress).toEqual({ rated: 2, total: 4 });

    // Everyone has submitted: the aggregate appears, still without names.
    await rate(current, 'a2', ['l2', 't2']);
    await rate(current, 'a3');
    await rate(current, 'a4');
    await inspect('all submitted');
    const results = (await client.districtLead.get(`/api/assessments/${current}/results`)).body;
    expect(results.ratingsVisible).toBe(true);
    expect(results.items.find((i: any) => i.key === 'l1')).toMatchObject({
      distribution: { 'lv-one': 1, 'lv-two': 2, 'lv-three': 0, 'lv-four': 1 },
      raterCount: 4,
      disagreement: true,
    });

    // Consensus, reflections, closing and carrying to the needs assessment.
    await client.facilitator.request('PUT', `/api/assessments/${current}/consensus/l1`, {
      levelKey: 'lv-three',
      rationale: 'Agreed after discussion',
    });
    await client.facilitator.request('PUT', `/api/assessments/${current}/reflections/lead`, {
      responses: ['Shared urgency', 'Monitoring'],
    });
    expect((await client.facilitator.post(`/api/assessments/${current}/close`, { version: 1 })).status).toBe(
      200,
    );
    expect(
      (
        await client.facilitator.post(`/api/assessments/${current}/priority-candidates`, {
          itemKeys: ['l2', 't2'],
        })
      ).status,
    ).toBe(201);
    await inspect('closed');
    // The checks above really ran against answers with content, not a wall of refusals.
    expect(answered).toBeGreaterThan(viewers.length * 20);
    const network = (await client.stateLead.get(`/api/organizations/${state.id}/network-assessments`)).body;
    expect(network.items.map((i: any) => i.assessment.id)).toEqual([current, previous]);
    expect(network.items[0]).toMatchObject({ trend: expect.any(String), assessment: { mode: 'anonymous' } });
  });

  it('records that an anonymous rating was saved, never the level chosen or the words written', async () => {
    const school = await makeOrganization(h.services, { kind: 'school' });
    const people: PersonRow[] = [];
    for (const role of ['leader', 'team_member', 'team_member', 'administrator'] as const) {
      people.push((await makePerson(h.services, { organization: school, role })).person);
    }
    const [lead, m1, m2, admin] = people;
    const framework = await makePublishedFramework(h.services, tinyRubric());
    const c = (p: PersonRow) => {
      const cl = h.client();
      return cl.login(p.email).then(() => cl);
    };
    const [leadClient, m1Client, adminClient] = await Promise.all([c(lead), c(m1), c(admin)]);
    const created = await leadClient.post(`/api/organizations/${school.id}/assessments`, {
      frameworkId: framework.id,
      title: 'Anonymous',
      period: '2026–27',
      mode: 'anonymous',
      facilitatorId: lead.id,
      raterIds: [lead.id, m1.id, m2.id],
    });
    const url = `/api/assessments/${created.body.id}`;
    await m1Client.request('PUT', `${url}/ratings/l1`, {
      levelKey: 'basic',
      evidence: 'WORDS-1',
      notes: 'WORDS-2',
    });
    await m1Client.request('PUT', `${url}/ratings/l1`, { levelKey: 'high', evidence: 'WORDS-3' });
    const audit = await adminClient.get(
      `/api/organizations/${school.id}/audit?entityType=assessment&action=rate`,
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(2);
    for (const event of audit.body.items) {
      expect(event).toMatchObject({ actor: { id: m1.id }, entityId: created.body.id, action: 'rate' });
      expect(event.before).toBeNull();
      expect(event.after).toEqual({ itemKey: 'l1' });
    }
    expect(JSON.stringify(audit.body)).not.toMatch(/WORDS-|basic|"high"/);
  });
});

describe.each(engines)('closing an anonymous assessment on %s', (engine) => {
  const h = useHarness(engine);

  it('locks every rater’s ratings, so a reopen cannot reveal a late rater through changing counts', async () => {
    const s = await assessmentScenario(h);
    const started = await startAssessment(s, { mode: 'anonymous' });
    const id = started.id as string;
    const firstItem = 'l1';
    await rateAll(s.clients.r1, id, { [firstItem]: 'low' }, () => ({}), false);
    await rateAll(s.clients.r2, id, { [firstItem]: 'high' }, () => ({}), false);
    const closed = await s.clients.facilitator.post(`/api/assessments/${id}/close`, {
      version: started.version,
    });
    expect(closed.status).toBe(200);
    const reopened = await s.clients.facilitator.post(`/api/assessments/${id}/reopen`, {
      version: closed.body.version,
      reason: 'One more rater',
    });
    expect(reopened.status).toBe(200);
    const late = await put(s.clients.r2, `/api/assessments/${id}/ratings/${firstItem}`, {
      levelKey: 'basic',
    });
    expect(late.status).toBe(409);
    const neverStarted = await put(s.clients.r3, `/api/assessments/${id}/ratings/${firstItem}`, {
      levelKey: 'basic',
    });
    expect(neverStarted.status).toBe(409);
  });
});
