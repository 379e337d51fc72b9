import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditEvents,
  planActions,
  planMeasures,
  planMilestones,
  planStrategies,
} from '../../src/server/db/schema';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { findInTree, makeCompletePlan, makePlan } from '../support/plan-factories';

describe.each(engines)('plan items API on %s', (engine) => {
  const h = useHarness(engine);
  const db = () => h.services.database.db;

  /** A school with its own plan and a signed-in leader. */
  async function setup(options: { complete?: boolean } = {}) {
    const organization = await makeOrganization(h.services);
    const { plan, ids } = options.complete
      ? await makeCompletePlan(h.services, { organization })
      : { ...(await makePlan(h.services, { organization })), ids: undefined };
    const { person } = await makePerson(h.services, { role: 'leader', organization, name: 'Rae Lead' });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    const url = (path = '') => `/api/plans/${plan.id}${path}`;
    return { organization, plan, ids, person, client, url };
  }

  async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
    const r = await res;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  }

  const auditActions = async (entityType: string, entityId: string) =>
    (
      await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    ).map((e) => e.action);

  it('documents each kind of item with its own request schema', async () => {
    const doc = (await h.client().get('/api/openapi.json')).body;
    const collections = [
      'goals',
      'measures',
      'swot',
      'root-causes',
      'priorities',
      'strategies',
      'milestones',
      'actions',
    ];
    const bodies = new Set<string>();
    for (const collection of collections) {
      const create = doc.paths[`/api/plans/{id}/${collection}`]?.post;
      const item = doc.paths[`/api/plans/{id}/${collection}/{itemId}`];
      expect(create, collection).toBeDefined();
      expect(item?.patch?.requestBody, collection).toBeDefined();
      expect(item?.delete?.parameters.map((p: { name: string }) => p.name).sort(), collection).toEqual([
        'id',
        'itemId',
        'version',
      ]);
      bodies.add(JSON.stringify(create.requestBody));
    }
    expect(bodies.size).toBe(collections.length);
    expect(doc.paths['/api/plans/{id}/reorder'].post).toBeDefined();
  });

  it('creates, edits and deletes every kind of item, cleaning up links and children', async () => {
    const { client, url, person } = await setup();
    const post = (collection: string, body: unknown) => ok(client.post(url(`/${collection}`), body), 201);

    let tree = await post('goals', { statement: 'Raise reading scores', explanation: 'Grades 3–5' });
    const goal = tree.goals[0];
    expect(goal).toEqual({
      id: expect.any(String),
      version: 1,
      number: '1',
      statement: 'Raise reading scores',
      explanation: 'Grades 3–5',
      measures: [],
    });

    tree = await post('measures', {
      goalId: goal.id,
      indicator: 'Proficient readers',
      unit: '%',
      rows: [
        {
          label: 'Grade 3',
          baseline: 40,
          targets: [
            { year: 2028, kind: 'change', value: 8 },
            { year: 2027, kind: 'absolute', comparator: 'at_least', value: 44 },
          ],
        },
      ],
    });
    const measure = tree.goals[0].measures[0];
    expect(measure).toMatchObject({ number: '1', goalId: goal.id, strategyId: null, unit: '%' });
    expect(measure.rows).toEqual([
      {
        label: 'Grade 3',
        baseline: 40,
        baselineAsOf: null,
        targets: [
          {
            year: 2027,
            kind: 'absolute',
            comparator: 'at_least',
            value: 44,
            yearLabel: '2027–28',
            computed: 44,
            text: 'at least 44%',
          },
          {
            year: 2028,
            kind: 'change',
            comparator: 'at_least',
            value: 8,
            yearLabel: '2028–29',
            computed: 48,
            text: '+8% (48%)',
          },
        ],
      },
    ]);

    tree = await post('swot', { quadrant: 'weakness', statement: 'Few reading specialists' });
    const weakness = tree.swot[0];
    expect(weakness).toMatchObject({ quadrant: 'weakness', evidence: null, leverage: null, version: 1 });
    tree = await post('swot', { quadrant: 'strength', statement: 'Strong PLCs', leverage: 'Use them' });
    // Strengths come first whatever the order of entry.
    expect(tree.swot.map((e: any) => e.quadrant)).toEqual(['strength', 'weakness']);

    tree = await post('root-causes', {
      method: 'five_whys',
      problem: 'Low reading scores',
      whys: [{ question: 'Why?', answer: 'Little small-group time' }],
      swotEntryId: weakness.id,
    });
    const cause = tree.rootCauses[0];
    expect(cause).toMatchObject({
      number: '1',
      method: 'five_whys',
      whys: [{ question: 'Why?', answer: 'Little small-group time', evidence: '' }],
      categories: [],
      swotEntryId: weakness.id,
    });

    tree = await post('priorities', {
      title: 'Reading instruction',
      swotEntryIds: [weakness.id],
      rootCauseIds: [cause.id],
    });
    const priority = tree.priorities[0];
    expect(priority).toMatchObject({ number: '1', swotEntryIds: [weakness.id], rootCauseIds: [cause.id] });

    tree = await post('strategies', {
      priorityId: priority.id,
      title: 'Guided reading',
      practiceCodes: ['3C'],
      goalIds: [goal.id],
    });
    const strategy = tree.priorities[0].strategies[0];
    expect(strategy).toMatchObject({ number: '1.1', practiceCodes: ['3c'], goalIds: [goal.id] });
    expect(tree.checkCount).toBeGreaterThan(0);

    tree = await post('measures', { strategyId: strategy.id, indicator: 'Classrooms observed' });
    const strategyMeasure = tree.priorities[0].strategies[0].measures[0];
    expect(strategyMeasure).toMatchObject({ number: '1', goalId: null, strategyId: strategy.id, rows: [] });

    tree = await post('milestones', {
      strategyId: strategy.id,
      title: 'Coaching cycle',
      dueDate: '2026-12-01',
    });
    const milestone = tree.priorities[0].strategies[0].milestones[0];
    expect(milestone).toMatchObject({ number: '1.1.1', dueDate: '2026-12-01', responsibleTeam: null });

    tree = await post('actions', {
      milestoneId: milestone.id,
      description: 'Train coaches',
      startDate: '2026-09-01',
      endDate: '2026-10-01',
      budgetAmount: 1500.5,
      fundingSource: 'Title I',
      responsiblePersonId: person.id,
    });
    const action = tree.priorities[0].strategies[0].milestones[0].actions[0];
    expect(action).toEqual({
      id: expect.any(String),
      version: 1,
      number: '1.1.1.1',
      description: 'Train coaches',
      outputs: null,
      startDate: '2026-09-01',
      endDate: '2026-10-01',
      budgetAmount: 1500.5,
      fundingSource: 'Title I',
      responsiblePerson: { id: person.id, name: 'Rae Lead' },
      responsibleName: null,
      collaborators: null,
    });
    expect(tree.priorities[0].strategies[0].milestones[0].actions).toHaveLength(1);

    // Every kind can be edited; the version moves on and fields not sent stay as they were.
    const edits: [string, any, Record<string, unknown>][] = [
      ['goals', goal, { statement: 'Raise reading proficiency' }],
      ['measures', measure, { indicator: 'Readers at level' }],
      ['swot', weakness, { evidence: 'Staffing report' }],
      ['root-causes', cause, { rootCause: 'Schedules leave no small-group time' }],
      ['priorities', priority, { description: 'Uneven across classrooms' }],
      ['strategies', strategy, { title: 'Guided reading daily' }],
      ['milestones', milestone, { responsibleTeam: 'Literacy team' }],
      ['actions', action, { budgetAmount: null, outputs: 'Coaching logs' }],
    ];
    for (const [collection, item, fields] of edits) {
      tree = await ok(client.patch(url(`/${collection}/${item.id}`), { version: 1, ...fields }));
      const edited = findInTree(tree, item.id);
      expect(edited, collection).toMatchObject({ ...fields, version: 2 });
    }
    expect(findInTree(tree, strategy.id)).toMatchObject({ goalIds: [goal.id], practiceCodes: ['3c'] });
    expect(findInTree(tree, measure.id).rows[0].targets).toHaveLength(2);
    expect(findInTree(tree, priority.id)).toMatchObject({
      swotEntryIds: [weakness.id],
      rootCauseIds: [cause.id],
    });
    expect(findInTree(tree, action.id)).toMatchObject({ budgetAmount: null, startDate: '2026-09-01' });

    // Deleting a SWOT entry unlinks it from priorities and root causes, which move on a version.
    tree = await ok(client.delete(url(`/swot/${weakness.id}?version=2`)));
    expect(tree.swot.map((e: any) => e.id)).not.toContain(weakness.id);
    expect(findInTree(tree, priority.id)).toMatchObject({ swotEntryIds: [], version: 3 });
    expect(findInTree(tree, cause.id)).toMatchObject({ swotEntryId: null, version: 3 });

    tree = await ok(client.delete(url(`/root-causes/${cause.id}?version=3`)));
    expect(tree.rootCauses).toEqual([]);
    expect(findInTree(tree, priority.id)).toMatchObject({ rootCauseIds: [], version: 4 });

    // A goal takes its measures with it and leaves the strategies that served it.
    tree = await ok(client.delete(url(`/goals/${goal.id}?version=2`)));
    expect(tree.goals).toEqual([]);
    expect(findInTree(tree, strategy.id)).toMatchObject({ goalIds: [], version: 3 });
    expect(await db().select().from(planMeasures).where(eq(planMeasures.id, measure.id))).toEqual([]);

    // An action and a measure on their own.
    tree = await ok(client.delete(url(`/actions/${action.id}?version=2`)));
    expect(findInTree(tree, milestone.id).actions).toEqual([]);
    tree = await ok(client.delete(url(`/measures/${strategyMeasure.id}?version=1`)));
    expect(findInTree(tree, strategy.id).measures).toEqual([]);

    // A priority area takes everything below it.
    await post('actions', { milestoneId: milestone.id, description: 'Second action' });
    tree = await post('measures', { strategyId: strategy.id, indicator: 'Another' });
    tree = await ok(client.delete(url(`/priorities/${priority.id}?version=4`)));
    expect(tree.priorities).toEqual([]);
    for (const table of [planStrategies, planMilestones, planActions, planMeasures]) {
      expect(await db().select().from(table).where(eq(table.planId, tree.id))).toEqual([]);
    }
    expect(tree.checkCount).toBe(2);

    expect(await auditActions('plan_strategy', strategy.id)).toEqual(['create', 'update']);
    expect(await auditActions('plan_priority', priority.id)).toEqual(['create', 'update', 'delete']);
    expect(await auditActions('plan_action', action.id)).toEqual(['create', 'update', 'delete']);
    expect(await auditActions('plan_swot_entry', weakness.id)).toEqual(['create', 'update', 'delete']);
    const [deleted] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, priority.id), eq(auditEvents.action, 'delete')));
    expect(deleted.before).toMatchObject({
      title: 'Reading instruction',
      removed: { strategy: [strategy.id], milestone: [milestone.id] },
    });
  });

  it('renumbers on reorder and delete, and moves a strategy to another priority area', async () => {
    const { client, url, ids } = await setup({ complete: true });
    const post = (collection: string, body: unknown) => ok(client.post(url(`/${collection}`), body), 201);
    const first = ids!.strategy;
    let tree = await post('strategies', { priorityId: ids!.priority, title: 'Second strategy' });
    const second = tree.priorities[0].strategies[1].id;
    expect(findInTree(tree, second).number).toBe('1.2');

    tree = await ok(
      client.post(url('/reorder'), {
        kind: 'strategy',
        parentId: ids!.priority,
        orderedIds: [second, first],
      }),
    );
    expect(tree.priorities[0].strategies.map((x: any) => [x.id, x.number])).toEqual([
      [second, '1.1'],
      [first, '1.2'],
    ]);
    expect(findInTree(tree, first).milestones.map((m: any) => m.number)).toEqual(['1.2.1', '1.2.2']);
    expect(findInTree(tree, ids!.actions[1]).number).toBe('1.2.2.1');
    // Reordering does not make anyone's open edit stale.
    expect(findInTree(tree, first).version).toBe(1);

    const stale = await client.post(url('/reorder'), {
      kind: 'strategy',
      parentId: ids!.priority,
      orderedIds: [first],
    });
    expect(stale.status).toBe(409);
    const noQuadrant = await client.post(url('/reorder'), { kind: 'swot', orderedIds: [first] });
    expect(noQuadrant.status).toBe(400);
    expect(noQuadrant.body.issues[0].path).toBe('quadrant');

    tree = await ok(client.delete(url(`/strategies/${second}?version=1`)));
    expect(findInTree(tree, first).number).toBe('1.1');
    expect(findInTree(tree, ids!.milestones[0]).number).toBe('1.1.1');

    // Three strategies in priority 1; moving the first to priority 2 closes the gap and appends it there.
    const b = (await post('strategies', { priorityId: ids!.priority, title: 'B' })).priorities[0]
      .strategies[1];
    const c = (await post('strategies', { priorityId: ids!.priority, title: 'C' })).priorities[0]
      .strategies[2];
    tree = await post('priorities', { title: 'Family engagement' });
    const p2 = tree.priorities[1];
    const d = (await post('strategies', { priorityId: p2.id, title: 'D' })).priorities[1].strategies[0];
    tree = await ok(client.patch(url(`/strategies/${first}`), { version: 1, priorityId: p2.id }));
    expect(tree.priorities[0].strategies.map((x: any) => [x.id, x.number])).toEqual([
      [b.id, '1.1'],
      [c.id, '1.2'],
    ]);
    expect(tree.priorities[1].strategies.map((x: any) => [x.id, x.number])).toEqual([
      [d.id, '2.1'],
      [first, '2.2'],
    ]);
    expect(findInTree(tree, ids!.actions[0]).number).toBe('2.2.1.1');
    const positions = await db()
      .select({ id: planStrategies.id, position: planStrategies.position })
      .from(planStrategies)
      .where(eq(planStrategies.planId, tree.id));
    expect(Object.fromEntries(positions.map((p) => [p.id, p.position]))).toEqual({
      [b.id]: 0,
      [c.id]: 1,
      [d.id]: 0,
      [first]: 1,
    });

    // Goals and SWOT quadrants reorder too.
    const g2 = (await post('goals', { statement: 'Second goal' })).goals[1];
    tree = await ok(client.post(url('/reorder'), { kind: 'goal', orderedIds: [g2.id, ids!.goal] }));
    expect(tree.goals.map((g: any) => [g.id, g.number])).toEqual([
      [g2.id, '1'],
      [ids!.goal, '2'],
    ]);
    expect(await auditActions('plan_strategy', ids!.priority)).toEqual(['reorder']);
  });

  it('refuses links and values that do not fit the plan, naming the field', async () => {
    const { client, url, ids, organization } = await setup({ complete: true });
    const other = await makeCompletePlan(h.services, { organization: await makeOrganization(h.services) });
    const before = (await client.get(url())).body;
    const bad = async (res: Promise<{ status: number; body: any }>, paths: string[]) => {
      const r = await res;
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.issues.map((i: any) => i.path).sort()).toEqual(paths);
      return r.body.issues;
    };

    const target = (year: number) => ({ year, kind: 'absolute', value: 1 });
    const issues = await bad(
      client.post(url('/measures'), {
        goalId: ids!.goal,
        indicator: 'Out of range',
        rows: [{ targets: [target(2027), target(2031)] }, { targets: [target(2027), target(2027)] }],
      }),
      ['rows.0.targets.1.year', 'rows.1.targets.1.year'],
    );
    expect(issues[0].message).toContain('2026 to 2028');
    await bad(
      client.post(url('/measures'), { goalId: ids!.goal, strategyId: ids!.strategy, indicator: 'Both' }),
      ['strategyId'],
    );
    await bad(client.post(url('/measures'), { indicator: 'Neither' }), ['goalId']);
    await bad(client.post(url('/measures'), { goalId: other.ids.goal, indicator: 'Theirs' }), ['goalId']);
    await bad(
      client.post(url('/actions'), {
        milestoneId: ids!.milestones[0],
        description: 'Backwards',
        startDate: '2026-10-01',
        endDate: '2026-09-01',
      }),
      ['endDate'],
    );
    await bad(client.patch(url(`/actions/${ids!.actions[0]}`), { version: 1, startDate: '2028-01-01' }), [
      'endDate',
    ]);
    await bad(
      client.patch(url(`/strategies/${ids!.strategy}`), {
        version: 1,
        goalIds: [ids!.goal, other.ids.goal, ids!.goal],
      }),
      ['goalIds.1', 'goalIds.2'],
    );
    await bad(client.post(url('/strategies'), { priorityId: other.ids.priority, title: 'Elsewhere' }), [
      'priorityId',
    ]);
    await bad(client.post(url('/milestones'), { strategyId: other.ids.strategy, title: 'Elsewhere' }), [
      'strategyId',
    ]);
    const outsider = await makePerson(h.services, { role: 'leader' });
    const personIssues = await bad(
      client.patch(url(`/actions/${ids!.actions[0]}`), {
        version: 1,
        responsiblePersonId: outsider.person.id,
      }),
      ['responsiblePersonId'],
    );
    expect(personIssues[0].message).toContain(organization.name);
    await bad(
      client.post(url('/priorities'), {
        title: 'Linked wrongly',
        candidateIds: ['00000000-0000-4000-8000-000000000000'],
        rootCauseIds: [ids!.goal],
      }),
      ['candidateIds.0', 'rootCauseIds.0'],
    );
    await bad(client.post(url('/goals'), { statement: '' }), ['statement']);

    // Another plan's item through this plan's address is unknown here.
    expect(
      (await client.patch(url(`/strategies/${other.ids.strategy}`), { version: 1, title: 'x' })).status,
    ).toBe(404);
    expect((await client.delete(url(`/goals/${other.ids.goal}?version=1`))).status).toBe(404);
    expect((await client.delete(url(`/goals/${ids!.strategy}?version=1`))).status).toBe(404);

    // Nothing was written by any of it.
    const after = (await client.get(url())).body;
    expect(after).toEqual(before);
  });

  it('lets one of two editors holding the same version save; the other gets 409 and the first text stays', async () => {
    const { client, url, ids, organization } = await setup({ complete: true });
    const { person } = await makePerson(h.services, { role: 'team_member', organization });
    const colleague: TestClient = h.client();
    expect((await colleague.login(person.email)).status).toBe(200);
    const path = url(`/strategies/${ids!.strategy}`);
    const results = await Promise.all([
      client.patch(path, { version: 1, title: 'Leader’s wording' }),
      colleague.patch(path, { version: 1, title: 'Colleague’s wording' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.error).toContain('changed by someone else');
    const saved = findInTree((await client.get(url())).body, ids!.strategy);
    expect(saved.title).toBe(findInTree(winner.body, ids!.strategy).title);
    expect(saved.version).toBe(2);
    expect(await auditActions('plan_strategy', ids!.strategy)).toEqual(['create', 'update']);

    const staleDelete = await colleague.delete(url(`/strategies/${ids!.strategy}?version=1`));
    expect(staleDelete.status).toBe(409);
    expect(findInTree((await client.get(url())).body, ids!.strategy)).toBeDefined();
  });
});
