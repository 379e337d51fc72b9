import { describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { demoPeople } from '../../src/server/demo/network';
import { seedDemo } from '../../src/server/demo/seed';
import { engines } from '../support/database';
import { makePublishedFramework } from '../support/framework-factories';
import { useHarness } from '../support/harness';

describe.each(engines)('demo assessments on %s', (engine) => {
  const h = useHarness(engine);

  it('populates every results page through the same commands people use', async () => {
    for (const key of ['four-domains-lea', 'lea-sustainability', 'conditions-for-success']) {
      await makePublishedFramework(h.services, key);
    }
    const byKey = await runInSystemTransaction(h.services, seedDemo);

    const state = h.client();
    expect((await state.login('state.lead@example.org')).status).toBe(200);
    const hudson = byKey.get('hudson')!;
    const list = (await state.get(`/api/organizations/${hudson.id}/assessments`)).body.items;
    expect(
      list.map((a: any) => [a.title, a.framework.key, a.mode, a.status, a.raterCount, a.submittedCount]),
    ).toEqual([
      ['LEA Self-Reflection 2026–27', 'four-domains-lea', 'team', 'closed', 4, 4],
      ['LEA Sustainability 2026–27', 'lea-sustainability', 'team', 'closed', 3, 3],
      ['LEA Sustainability 2025–26', 'lea-sustainability', 'team', 'closed', 3, 3],
    ]);

    const reflection = list[0];
    const results = (await state.get(`/api/assessments/${reflection.id}/results`)).body;
    expect(results.items).toHaveLength(37);
    expect(results.items.every((i: any) => i.consensus !== null && i.raterCount === 4)).toBe(true);
    expect(results.items.filter((i: any) => i.disagreement).map((i: any) => i.key)).toEqual([
      '1b1',
      '1b3',
      '2b2',
      '3b2',
      '4c3',
    ]);
    const domains = results.sections.filter((s: any) => s.depth === 0);
    expect(domains.map((d: any) => d.title)).toEqual([
      'Leadership',
      'Talent Development',
      'Instructional Transformation',
      'Culture Shift',
    ]);
    expect(
      domains.every((d: any) => d.average > 1 && d.reflections[0].response.startsWith('Strengths')),
    ).toBe(true);
    expect(domains[0].strengths).toEqual(['1a2']);
    expect(domains[1].challenges).toEqual(['2a2', '2c3']);
    const team = (await state.get(`/api/assessments/${reflection.id}/ratings`)).body.items;
    expect(team.find((i: any) => i.itemKey === '1b1').ratings.map((r: any) => r.rater.name)).toEqual([
      'Alicia Grant',
      'Lee Chen',
      'Maria Alvarez',
      'Tom Becker',
    ]);

    const [later, earlier] = [list[1], list[2]];
    expect(new Date(earlier.createdAt) < new Date(later.createdAt)).toBe(true);
    const comparison = (await state.get(`/api/assessments/${later.id}/comparison?with=${earlier.id}`)).body;
    expect(comparison.summary).toEqual({ improved: 9, same: 8, declined: 2 });

    const carried = (await state.get(`/api/organizations/${hudson.id}/priority-candidates`)).body.items;
    expect(carried.map((c: any) => [c.itemCode, c.levelKey])).toEqual(
      expect.arrayContaining([
        ['2a2', 'consistently-low'],
        ['2c3', 'consistently-low'],
        ['4b1', 'consistently-low'],
      ]),
    );

    const network = (await state.get(`/api/organizations/${byKey.get('state')!.id}/network-assessments`)).body
      .items;
    expect(network.map((n: any) => [n.organization.name, n.framework.key, n.trend])).toEqual([
      ['Hudson School District', 'four-domains-lea', null],
      ['Hudson School District', 'lea-sustainability', 'improved'],
      ['Hudson School District', 'lea-sustainability', null],
      ['Pine Valley School District', 'four-domains-lea', null],
      ['Riverside School District', 'conditions-for-success', null],
    ]);
    const pine = network[3];
    expect(pine.assessment.mode).toBe('anonymous');
    expect(pine.sections.map((s: any) => s.title)).toEqual(['Leadership', 'Instructional Transformation']);
    expect((await state.get(`/api/assessments/${pine.assessment.id}/ratings`)).status).toBe(403);
    expect((await state.get(`/api/assessments/${pine.assessment.id}`)).body.raters).toEqual([]);
    const riverside = (await state.get(`/api/assessments/${network[4].assessment.id}/results`)).body;
    expect(riverside.items).toHaveLength(34);

    for (const person of demoPeople) {
      expect((await h.client().login(person.email)).status).toBe(200);
    }
  });
});
