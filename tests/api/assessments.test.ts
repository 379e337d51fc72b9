import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../../src/server/db/schema';
import {
  assessmentScenario,
  put,
  rateAll,
  type Scenario,
  startAssessment,
} from '../support/assessment-scenario';
import { engines } from '../support/database';
import { makePublishedFramework, tinyRubric } from '../support/framework-factories';
import { useHarness } from '../support/harness';

describe.each(engines)('assessments API on %s', (engine) => {
  const h = useHarness(engine);
  let s: Scenario;
  const scenario = async () => {
    s ??= await assessmentScenario(h);
    return s;
  };

  it('starts a team assessment and lists it for readers of the organization only', async () => {
    const s = await scenario();
    const detail = await startAssessment(s);
    expect(detail).toMatchObject({
      title: 'District self-reflection',
      period: '2026–27',
      mode: 'team',
      status: 'open',
      version: 1,
      framework: { id: s.framework.id, key: s.framework.key, version: 1 },
      facilitator: { id: s.ids.facilitator, name: s.names.facilitator },
      raterCount: 3,
      submittedCount: 0,
      closedAt: null,
      myRatings: {},
      myProgress: null,
      consensus: {},
      reflections: {
        lead: [
          { prompt: 'Strengths in leadership', response: '' },
          { prompt: 'Weaknesses in leadership', response: '' },
        ],
      },
      abilities: { rate: false, submit: false, facilitate: true, reflect: true, close: true, reopen: false },
    });
    expect(detail.sections.map((x: any) => x.key)).toEqual(['lead', 'team']);
    expect(detail.levels.map((l: any) => l.key)).toEqual(['low', 'basic', 'moderate', 'high']);
    expect(detail.raters).toEqual(
      ['r1', 'r2', 'r3'].map((k) => ({
        id: s.ids[k as 'r1'],
        name: s.names[k as 'r1'],
        submittedAt: null,
        progress: { rated: 0, total: 4 },
      })),
    );
    const list = await s.clients.stateLead.get(`/api/organizations/${s.district.id}/assessments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: any) => a.id)).toContain(detail.id);
    expect((await s.clients.outsider.get(`/api/organizations/${s.district.id}/assessments`)).status).toBe(
      404,
    );
    expect((await s.clients.outsider.get(`/api/assessments/${detail.id}`)).status).toBe(404);
    expect((await s.clients.schoolLead.get(`/api/assessments/${detail.id}`)).status).toBe(404);
    expect((await s.clients.r1.get(`/api/assessments/${detail.id}`)).body.abilities).toMatchObject({
      rate: true,
      submit: true,
      facilitate: false,
    });
  });

  it('checks who may start one and reports every problem with its path', async () => {
    const s = await scenario();
    const url = `/api/organizations/${s.district.id}/assessments`;
    const base = {
      frameworkId: s.framework.id,
      title: 'Check',
      period: '2026–27',
      mode: 'team',
      facilitatorId: s.ids.facilitator,
      raterIds: [s.ids.r1],
    };
    expect((await s.clients.viewer.post(url, base)).status).toBe(403);
    expect((await s.clients.stateAdmin.post(url, base)).status).toBe(403);
    const bad = await s.clients.leader.post(url, {
      ...base,
      sectionKeys: ['lead', 'nowhere'],
      facilitatorId: s.ids.stateLead,
      raterIds: [s.ids.r1, s.ids.schoolLead],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: any) => i.path).sort()).toEqual([
      'facilitatorId',
      'raterIds.1',
      'sectionKeys.1',
    ]);
    const single = await s.clients.leader.post(url, {
      ...base,
      mode: 'single',
      raterIds: [s.ids.r1, s.ids.r2],
    });
    expect(single.body.issues).toEqual([
      { path: 'raterIds', message: expect.stringContaining('exactly one') },
    ]);
    const anonymous = await s.clients.leader.post(url, {
      ...base,
      mode: 'anonymous',
      raterIds: [s.ids.r1, s.ids.r2],
    });
    expect(anonymous.body.issues).toEqual([
      { path: 'raterIds', message: expect.stringContaining('at least 3') },
    ]);
    // A draft is never rated: turn a copy into one.
    const draft = await makePublishedFramework(h.services, tinyRubric());
    await h.services.database.db
      .update(frameworks)
      .set({ status: 'draft' })
      .where(eq(frameworks.id, draft.id));
    const notPublished = await s.clients.leader.post(url, { ...base, frameworkId: draft.id });
    expect(notPublished.body.issues).toEqual([{ path: 'frameworkId', message: expect.any(String) }]);
    const partial = await s.clients.leader.post(url, { ...base, sectionKeys: ['team'] });
    expect(partial.status).toBe(201);
    expect(partial.body.sections.map((x: any) => x.key)).toEqual(['team']);
    expect(partial.body.reflections).toEqual({});
  });

  it('runs the team journey: save as you go, submit, team ratings, consensus, reflections, close and reopen', async () => {
    const s = await scenario();
    const a = await startAssessment(s, { title: 'Journey' });
    const url = `/api/assessments/${a.id}`;

    // Save as you go, then resume: fields left out keep their saved value.
    const first = await put(s.clients.r1, `${url}/ratings/l1`, {
      levelKey: 'basic',
      evidence: 'Board minutes',
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      itemKey: 'l1',
      levelKey: 'basic',
      evidence: 'Board minutes',
      notes: null,
      progress: { rated: 1, total: 4 },
    });
    expect(
      (await put(s.clients.r1, `${url}/ratings/l1`, { levelKey: 'basic', notes: 'Ask HR' })).body,
    ).toMatchObject({
      evidence: 'Board minutes',
      notes: 'Ask HR',
    });
    const resumed = (await s.clients.r1.get(url)).body;
    expect(resumed.myRatings).toEqual({
      l1: { levelKey: 'basic', evidence: 'Board minutes', notes: 'Ask HR' },
    });
    expect(resumed.myProgress).toEqual({ rated: 1, total: 4 });
    expect((await put(s.clients.r1, `${url}/ratings/l1`, { levelKey: 'great' })).status).toBe(400);
    expect((await put(s.clients.r1, `${url}/ratings/zz`, { levelKey: 'basic' })).status).toBe(404);
    expect((await put(s.clients.leader, `${url}/ratings/l1`, { levelKey: 'basic' })).status).toBe(403);

    // Submitting needs every item; the answer names the missing ones.
    const early = await s.clients.r1.post(`${url}/submit`);
    expect(early.status).toBe(400);
    expect(early.body.issues.map((i: any) => i.path)).toEqual(['l2', 't1', 't2']);
    expect(early.body.unratedItemKeys).toEqual(['l2', 't1', 't2']);

    // Before submitting, a rater sees neither the team's ratings nor their counts.
    expect((await s.clients.r1.get(`${url}/ratings`)).status).toBe(403);
    const hidden = (await s.clients.r1.get(`${url}/results`)).body;
    expect(hidden.ratingsVisible).toBe(false);
    expect(hidden.items.every((i: any) => i.raterCount === 0)).toBe(true);

    await rateAll(s.clients.r1, a.id, { l1: 'basic', l2: 'moderate', t1: 'low', t2: 'high' });
    await rateAll(
      s.clients.r2,
      a.id,
      { l1: 'moderate', l2: 'moderate', t1: 'moderate', t2: 'high' },
      (k) => ({
        evidence: `r2 evidence ${k}`,
      }),
    );
    await rateAll(s.clients.r3, a.id, { l1: 'basic' }, () => ({}), false);
    expect((await put(s.clients.r1, `${url}/ratings/l1`, { levelKey: 'high' })).status).toBe(409);
    expect((await s.clients.r1.post(`${url}/submit`)).status).toBe(409);

    // After submitting: everyone's ratings with names; r3 has not submitted and still sees nothing.
    const team = await s.clients.r1.get(`${url}/ratings`);
    expect(team.status).toBe(200);
    const l1 = team.body.items.find((i: any) => i.itemKey === 'l1');
    expect(l1.ratings).toEqual([
      {
        rater: { id: s.ids.r1, name: s.names.r1 },
        levelKey: 'basic',
        evidence: 'Board minutes',
        notes: 'Ask HR',
      },
      {
        rater: { id: s.ids.r2, name: s.names.r2 },
        levelKey: 'moderate',
        evidence: 'r2 evidence l1',
        notes: null,
      },
      { rater: { id: s.ids.r3, name: s.names.r3 }, levelKey: 'basic', evidence: null, notes: null },
    ]);
    expect((await s.clients.r3.get(`${url}/ratings`)).status).toBe(403);
    expect((await s.clients.facilitator.get(`${url}/ratings`)).status).toBe(200);
    expect((await s.clients.stateAdmin.get(`${url}/ratings`)).status).toBe(200);
    const progress = (await s.clients.viewer.get(url)).body;
    expect(progress.submittedCount).toBe(2);
    expect(progress.raters.map((r: any) => [r.progress.rated, r.submittedAt !== null])).toEqual([
      [4, true],
      [4, true],
      [1, false],
    ]);

    // Consensus belongs to the facilitator.
    expect((await put(s.clients.r1, `${url}/consensus/t1`, { levelKey: 'basic' })).status).toBe(403);
    expect((await put(s.clients.facilitator, `${url}/consensus/t1`, { levelKey: 'none' })).status).toBe(400);
    expect((await put(s.clients.facilitator, `${url}/consensus/zz`, { levelKey: 'basic' })).status).toBe(404);
    const consensus = await put(s.clients.facilitator, `${url}/consensus/t1`, {
      levelKey: 'basic',
      rationale: 'Recruiting works; retention does not yet',
    });
    expect(consensus.body).toEqual({
      itemKey: 't1',
      levelKey: 'basic',
      rationale: 'Recruiting works; retention does not yet',
    });
    await put(s.clients.facilitator, `${url}/consensus/t2`, { levelKey: 'high' });
    await put(s.clients.facilitator, `${url}/consensus/l1`, { levelKey: 'basic' });

    // Reflections: the facilitator or the planning team; only sections with prompts; one answer per prompt.
    const reflections = await put(s.clients.r2, `${url}/reflections/lead`, {
      responses: ['Clear urgency', ''],
    });
    expect(reflections.status).toBe(200);
    expect(reflections.body.reflections).toEqual([
      { prompt: 'Strengths in leadership', response: 'Clear urgency' },
      { prompt: 'Weaknesses in leadership', response: '' },
    ]);
    expect((await put(s.clients.facilitator, `${url}/reflections/team`, { responses: ['x'] })).status).toBe(
      404,
    );
    expect(
      (await put(s.clients.facilitator, `${url}/reflections/lead`, { responses: ['a', 'b', 'c'] })).status,
    ).toBe(400);
    expect((await put(s.clients.viewer, `${url}/reflections/lead`, { responses: ['a'] })).status).toBe(403);

    // Results: distributions, the disagreement rule, averages, strengths and challenges.
    const results = (await s.clients.leader.get(`${url}/results`)).body;
    expect(results.ratingsVisible).toBe(true);
    const item = (k: string) => results.items.find((i: any) => i.key === k);
    expect(item('l1')).toMatchObject({
      consensus: 'basic',
      distribution: { low: 0, basic: 2, moderate: 1, high: 0 },
      raterCount: 3,
      disagreement: false,
      mean: 2.33,
    });
    expect(item('t1')).toMatchObject({
      consensus: 'basic',
      rationale: 'Recruiting works; retention does not yet',
      distribution: { low: 1, basic: 0, moderate: 1, high: 0 },
      disagreement: true,
    });
    expect(item('t2')).toMatchObject({ consensus: 'high', disagreement: false, mean: 4 });
    const team2 = results.sections.find((x: any) => x.key === 'team');
    expect(team2).toMatchObject({ average: 3, strengths: ['t2'], challenges: [] });
    expect(results.sections.find((x: any) => x.key === 'lead')).toMatchObject({
      average: 2.5,
      reflections: [{ prompt: 'Strengths in leadership', response: 'Clear urgency' }, expect.anything()],
    });

    // Closing locks ratings, consensus and reflections; a stale version is refused.
    expect((await s.clients.viewer.post(`${url}/close`, { version: 1 })).status).toBe(403);
    expect((await s.clients.facilitator.post(`${url}/close`, { version: 7 })).status).toBe(409);
    const closed = await s.clients.facilitator.post(`${url}/close`, { version: 1 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 2, closedAt: expect.any(String) });
    expect(closed.body.abilities).toMatchObject({ facilitate: false, close: false, reopen: true });
    expect((await put(s.clients.r3, `${url}/ratings/l2`, { levelKey: 'low' })).status).toBe(409);
    expect((await put(s.clients.facilitator, `${url}/consensus/l2`, { levelKey: 'low' })).status).toBe(409);
    expect((await put(s.clients.r2, `${url}/reflections/lead`, { responses: ['x'] })).status).toBe(409);
    expect((await s.clients.facilitator.post(`${url}/close`, { version: 2 })).status).toBe(409);

    // Reopening needs a reason and is audited with it.
    expect((await s.clients.leader.post(`${url}/reopen`, { version: 2 })).status).toBe(400);
    expect((await s.clients.stateAdmin.post(`${url}/reopen`, { version: 2, reason: 'x' })).status).toBe(403);
    const reopened = await s.clients.leader.post(`${url}/reopen`, {
      version: 2,
      reason: 'Board asked to revisit 2b',
    });
    expect(reopened.body).toMatchObject({ status: 'open', version: 3, closedAt: null });
    const audit = await s.clients.admin.get(
      `/api/organizations/${s.district.id}/audit?entityType=assessment&action=reopen`,
    );
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        entityId: a.id,
        actor: { id: s.ids.leader, name: s.names.leader },
        after: expect.objectContaining({ reason: 'Board asked to revisit 2b', status: 'open' }),
      }),
    ]);
    const actions = await s.clients.admin.get(
      `/api/organizations/${s.district.id}/audit?entityType=assessment&limit=200`,
    );
    const mine = actions.body.items.filter((e: any) => e.entityId === a.id).map((e: any) => e.action);
    expect(new Set(mine)).toEqual(
      new Set(['create', 'rate', 'submit', 'consensus', 'reflect', 'close', 'reopen']),
    );
    // Team mode: the trail says what changed.
    const rated = actions.body.items.find((e: any) => e.entityId === a.id && e.action === 'rate');
    expect(rated.after).toHaveProperty('levelKey');
    expect((await s.clients.facilitator.post(`${url}/close`, { version: 3 })).status).toBe(200);
  });

  it('compares with an earlier assessment on the same framework and carries items to the needs assessment', async () => {
    const s = await scenario();
    const before = await startAssessment(s, {
      title: 'Last year',
      period: '2025–26',
      mode: 'single',
      raterIds: [s.ids.r1],
    });
    await rateAll(s.clients.r1, before.id, { l1: 'low', l2: 'moderate', t1: 'moderate' }, () => ({}), false);
    await s.clients.facilitator.post(`/api/assessments/${before.id}/close`, { version: 1 });
    const after = await startAssessment(s, { title: 'This year', mode: 'single', raterIds: [s.ids.r2] });
    await rateAll(s.clients.r2, after.id, { l1: 'basic', l2: 'moderate', t1: 'low', t2: 'high' });
    await put(s.clients.facilitator, `/api/assessments/${after.id}/consensus/l1`, { levelKey: 'high' });

    const comparable = await s.clients.viewer.get(`/api/assessments/${after.id}/comparable`);
    expect(comparable.body.items.map((i: any) => i.id)).toContain(before.id);
    expect(comparable.body.items.map((i: any) => i.id)).not.toContain(after.id);
    expect(
      (await s.clients.viewer.get(`/api/assessments/${before.id}/comparable`)).body.items.map(
        (i: any) => i.id,
      ),
    ).not.toContain(after.id);

    const comparison = await s.clients.viewer.get(
      `/api/assessments/${after.id}/comparison?with=${before.id}`,
    );
    expect(comparison.status).toBe(200);
    expect(comparison.body.base).toEqual({
      id: before.id,
      title: 'Last year',
      period: '2025–26',
      closedAt: expect.any(String),
    });
    expect(comparison.body.items.map((i: any) => [i.key, i.before, i.after, i.change])).toEqual([
      ['l1', 'low', 'high', 'improved'],
      ['l2', 'moderate', 'moderate', 'same'],
      ['t1', 'moderate', 'low', 'declined'],
      ['t2', null, 'high', 'not-rated'],
    ]);
    expect(comparison.body.summary).toEqual({ improved: 1, same: 1, declined: 1 });
    expect(
      (await s.clients.viewer.get(`/api/assessments/${before.id}/comparison?with=${after.id}`)).status,
    ).toBe(400);
    const other = await makePublishedFramework(h.services, tinyRubric());
    const unrelated = await startAssessment(s, { frameworkId: other.id });
    expect(
      (await s.clients.viewer.get(`/api/assessments/${unrelated.id}/comparison?with=${before.id}`)).status,
    ).toBe(400);

    const carry = `/api/assessments/${after.id}/priority-candidates`;
    expect((await s.clients.viewer.post(carry, { itemKeys: ['t1'] })).status).toBe(403);
    expect((await s.clients.leader.post(carry, { itemKeys: ['t1', 'zz'] })).body.issues).toEqual([
      { path: 'itemKeys.1', message: expect.any(String) },
    ]);
    const carried = await s.clients.leader.post(carry, {
      itemKeys: ['t1', 'l1'],
      note: 'Retention is slipping',
    });
    expect(carried.status).toBe(201);
    expect(carried.body.items).toHaveLength(2);
    const listed = await s.clients.stateLead.get(`/api/organizations/${s.district.id}/priority-candidates`);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(String),
          assessment: { id: after.id, title: 'This year' },
          frameworkKey: s.framework.key,
          itemKey: 't1',
          itemCode: 'T1',
          itemTitle: 'Recruits and retains',
          levelKey: null,
          note: 'Retention is slipping',
          createdAt: expect.any(String),
        },
        expect.objectContaining({ itemKey: 'l1', levelKey: 'high' }),
      ]),
    );
    // Carrying again refreshes rather than duplicates.
    expect((await s.clients.leader.post(carry, { itemKeys: ['t1'] })).status).toBe(201);
    const again = await s.clients.leader.get(`/api/organizations/${s.district.id}/priority-candidates`);
    expect(again.body.items.filter((i: any) => i.assessment.id === after.id)).toHaveLength(2);
    expect(
      (await s.clients.outsider.get(`/api/organizations/${s.district.id}/priority-candidates`)).status,
    ).toBe(404);
  });

  it('keeps rating personal: an API token of a rater cannot rate for them', async () => {
    const s = await scenario();
    const a = await startAssessment(s, { title: 'Tokens', raterIds: [s.ids.admin, s.ids.r1] });
    const token = await s.clients.admin.post(`/api/organizations/${s.district.id}/api-tokens`, {
      name: 'script',
      scope: 'write',
    });
    expect(token.status).toBe(201);
    const bot = h.client().withToken(token.body.secret);
    expect((await bot.get(`/api/assessments/${a.id}`)).status).toBe(200);
    expect((await put(bot, `/api/assessments/${a.id}/ratings/l1`, { levelKey: 'low' })).status).toBe(403);
    expect(
      (await put(s.clients.admin, `/api/assessments/${a.id}/ratings/l1`, { levelKey: 'low' })).status,
    ).toBe(200);
  });
});
