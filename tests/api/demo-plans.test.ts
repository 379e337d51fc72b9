import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { pdfSafe } from '../../src/server/exports/pdf-text';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { engines } from '../support/database';
import { readDocx, readPdfText } from '../support/export-readers';
import { makePublishedFramework } from '../support/framework-factories';
import { useHarness } from '../support/harness';
import { planItemTexts } from '../support/plan-tree-fixture';

const targets = (measure: any, row = 0) =>
  measure.rows[row].targets.map((t: any) => [t.yearLabel, t.computed, t.text]);

describe.each(engines)('demo plans on %s', (engine) => {
  const h = useHarness(engine);
  let byKey: Map<string, OrganizationRow>;
  const plansOf = async (key: string, as = 'state.lead@example.org') => {
    const client = h.client();
    expect((await client.login(as)).status).toBe(200);
    const list = await client.get(`/api/organizations/${byKey.get(key)!.id}/plans`);
    expect(list.status).toBe(200);
    return { client, items: list.body.items as any[] };
  };
  const treeOf = async (key: string, as?: string) => {
    const { client, items } = await plansOf(key, as);
    expect(items).toHaveLength(1);
    const tree = await client.get(`/api/plans/${items[0].id}`);
    expect(tree.status).toBe(200);
    return { client, summary: items[0], plan: tree.body };
  };

  beforeAll(async () => {
    // The district's self-reflection carries rubric items that its plan links to.
    await makePublishedFramework(h.services, 'four-domains-lea');
    byKey = await runInSystemTransaction(h.services, seedDemo);
  });

  it("holds Hudson Middle School's plan with the source document's goal, measure, strategy and 5 Whys", async () => {
    const { client, summary, plan } = await treeOf('hudson-ms', 'principal@example.org');
    expect(summary).toMatchObject({
      title: 'Hudson Middle School Improvement Plan',
      status: 'signed',
      checkCount: 0,
      practiceCodes: ['2a', '3c'],
    });
    expect(summary.period.label).toBe('2026–27 to 2028–29');

    const [goal] = plan.goals;
    expect(plan.goals).toHaveLength(1);
    expect(goal.statement).toBe('Each student will meet his or her growth targets each year.');
    const [growth, byGrade] = goal.measures;
    expect([growth.indicator, growth.dataSource, growth.unit]).toEqual([
      'The percentage of students that meet growth goals each year',
      'State assessments using the state growth model',
      '%',
    ]);
    expect(growth.rows[0].baseline).toBe(18);
    expect(targets(growth)).toEqual([
      ['2026–27', 30, 'at least 30%'],
      ['2027–28', 50, 'at least 50%'],
    ]);
    expect(byGrade.rows.map((r: any) => [r.label, r.baseline])).toEqual([
      ['Grade 6', 21],
      ['Grade 7', 12],
      ['Grade 8', 19],
    ]);

    const [instruction, newTeachers] = plan.priorities;
    const strategy = instruction.strategies[0];
    expect(strategy).toMatchObject({
      number: '1.1',
      practiceCodes: ['3c'],
      goalIds: [goal.id],
      toaIf:
        'engage our instructional teams in developing standards-aligned units of instruction and example lesson plans that personalize instruction',
      toaThen: 'teachers will plan and deliver standards-based personalized instruction',
      toaAnd: 'each student will meet his or her growth targets each year',
    });
    const [lessonPlans] = strategy.measures;
    expect([lessonPlans.indicator, lessonPlans.dataSource]).toEqual([
      'Percentage of teacher lesson plans that are standards-based and include at least one enhancement to personalize instruction.',
      'Lesson Design Studio',
    ]);
    expect(lessonPlans.rows[0].baseline).toBe(26);
    expect(lessonPlans.rows[0].targets.map((t: any) => t.computed)).toEqual([50, 80]);
    expect(strategy.milestones.map((m: any) => [m.number, m.dueDate])).toEqual([
      ['1.1.1', '2027-06-11'],
      ['1.1.2', '2028-06-09'],
      ['1.1.3', '2029-06-08'],
    ]);
    const [training, units] = strategy.milestones[0].actions;
    expect(training).toMatchObject({
      number: '1.1.1.1',
      budgetAmount: 18500,
      fundingSource: 'Title I, Part A',
      responsiblePerson: { name: 'Priya Natarajan' },
    });
    expect(units.responsiblePerson.name).toBe('Marcus Johnson');
    expect(strategy.milestones[1].actions[0]).toMatchObject({
      responsiblePerson: null,
      responsibleName: 'Sofia Ramirez',
    });
    expect(newTeachers.strategies[0]).toMatchObject({ number: '2.1', practiceCodes: ['2a'] });

    const [whys, fishbone] = plan.rootCauses;
    expect(whys.method).toBe('five_whys');
    expect(whys.problem).toBe('Low student math performance in seventh grade.');
    expect(whys.whys.map((w: any) => w.answer)).toEqual([
      "Students aren't learning and applying math concepts.",
      'Math teachers lack instructional strategies and pedagogy to provide adequate instruction.',
      'Two teachers are new and one is a long term substitute.',
      'There is high teacher turnover at the school.',
      'School culture is not supportive of new staff and the new induction program is not sufficient.',
    ]);
    expect(whys.whys.every((w: any) => w.evidence.length > 0)).toBe(true);
    const weakness = plan.swot.find((s: any) => s.id === whys.swotEntryId);
    expect([weakness.quadrant, weakness.statement]).toEqual([
      'weakness',
      'Low student math performance in seventh grade.',
    ]);
    expect(fishbone.method).toBe('fishbone');
    expect(fishbone.categories.map((c: any) => c.name)).toEqual([
      'Instruction',
      'Curriculum and materials',
      'Staff and talent',
      'Leadership and systems',
      'Students and families',
      'Resources and time',
    ]);
    const causes = fishbone.categories.flatMap((c: any) => c.causes);
    expect(causes.filter((c: any) => !c.actionable)).toHaveLength(2);
    expect(causes.every((c: any) => c.evidence && c.priority)).toBe(true);
    expect(instruction.rootCauseIds).toEqual([fishbone.id, whys.id]);
    expect(instruction.swotEntryIds).toContain(weakness.id);

    expect(plan.swot.map((s: any) => s.quadrant)).toEqual(
      expect.arrayContaining(['strength', 'weakness', 'opportunity', 'threat']),
    );
    expect(plan.swot.filter((s: any) => s.quadrant === 'strength').every((s: any) => s.leverage)).toBe(true);
    expect(plan.needs.elements.checked).toContain('professional_practice');
    expect(plan.needs.process).toMatch(/5 Whys and a fishbone/);
    expect(plan.direction.vision).toBeTruthy();
    expect(plan.direction.leadershipTeam.map((m: any) => m.name)).toContain('Karen Lee');
    expect(plan.direction.glossary.map((g: any) => g.term)).toContain('Growth target');

    expect(plan.signatures.map((s: any) => [s.person.name, s.signedName, s.signedVersionNumber])).toEqual([
      ['Karen Lee', 'Karen Lee', 1],
      ['Tom Becker', 'Tom Becker', 1],
    ]);
    const versions = await client.get(`/api/plans/${plan.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.items.map((v: any) => [v.number, v.kind, v.createdBy?.name, v.createdAt])).toEqual([
      [2, 'signed', 'Tom Becker', '2026-08-24T13:10:00.000Z'],
      [1, 'signature_request', 'Karen Lee', '2026-08-17T15:00:00.000Z'],
    ]);
    expect(versions.body.pendingChanges).toBe(false);
  });

  it('carries a coaching thread from the turnaround coach and a resolved one from the district liaison', async () => {
    const { client, plan } = await treeOf('hudson-ms', 'coach@example.org');
    const comments = await client.get(`/api/plans/${plan.id}/comments`);
    expect(comments.status).toBe(200);
    const [open, resolved] = comments.body.items;
    expect(open).toMatchObject({
      anchorType: 'strategy',
      anchorId: plan.priorities[0].strategies[0].id,
      resolvedAt: null,
    });
    expect(open.comments.map((c: any) => c.author.name)).toEqual([
      'Grace Okafor',
      'Priya Natarajan',
      'Grace Okafor',
    ]);
    expect(resolved).toMatchObject({ anchorType: 'rootCause', anchorId: plan.rootCauses[0].id });
    expect(resolved.resolvedBy.name).toBe('Karen Lee');
  });

  it("holds the district's plan with the transition goal and the portfolio strategy, awaiting the board's signature", async () => {
    const { plan } = await treeOf('hudson');
    expect(plan.status).toBe('awaiting_signatures');
    expect(plan.checkCount).toBe(0);
    expect(plan.direction).toMatchObject({
      purposeIf:
        'implement a system of school improvement with key common elements across all Hudson schools',
      purposeAnd: 'student outcomes will improve',
    });
    const [goal] = plan.goals;
    expect(goal.statement).toBe(
      'Each student will meet his or her growth targets to successfully move to the next school level (elementary, junior or middle school, high school).',
    );
    expect(targets(goal.measures[0])).toEqual([
      ['2026–27', 69, '+5% (69%)'],
      ['2027–28', 74, '+10% (74%)'],
    ]);
    expect(goal.measures[1].rows.map((r: any) => [r.label, r.baseline])).toEqual([
      ['Grade 5', 68],
      ['Grade 8', 61],
    ]);

    const strategies = plan.priorities.flatMap((p: any) => p.strategies);
    const portfolios = strategies.find((s: any) => s.practiceCodes.includes('4c'));
    expect(portfolios.toaIf).toBe('develop guidelines for Learning Acquisition Portfolios');
    const [measure] = portfolios.measures;
    expect(measure.indicator).toBe(
      'Percentage of schools with all students using Learning Acquisition Portfolios.',
    );
    expect(measure.rows[0].baseline).toBe(26);
    expect(measure.rows[0].targets.map((t: any) => t.computed)).toEqual([50, 90]);
    expect(portfolios.milestones.flatMap((m: any) => m.actions)).toHaveLength(6);

    const linked = plan.priorities.flatMap((p: any) => p.candidateIds);
    const codes = plan.candidates.filter((c: any) => linked.includes(c.id)).map((c: any) => c.itemCode);
    expect(codes.sort()).toEqual(['2a2', '2c3', '4b1']);

    expect(plan.signatures.map((s: any) => [s.person.name, s.signedAt !== null])).toEqual([
      ['Maria Alvarez', true],
      ['Robert Hale', false],
    ]);
    const { plan: asBoard } = await treeOf('hudson', 'board.member@example.org');
    expect(asBoard.abilities.sign).toBe(true);
  });

  it('has one complete draft and one draft with open quality checks among the other schools', async () => {
    const { plan: high } = await treeOf('hudson-hs');
    expect([high.status, high.checkCount, high.signatures]).toEqual(['draft', 0, []]);
    expect(high.priorities[0].strategies[0].practiceCodes).toEqual(['1b', '3a']);

    const { client, plan: lincoln } = await treeOf('lincoln-es');
    expect(lincoln.status).toBe('draft');
    const checks = await client.get(`/api/plans/${lincoln.id}/checks`);
    expect(checks.status).toBe(200);
    expect(checks.body.items.map((c: any) => c.code).sort()).toEqual([
      'action_without_dates',
      'action_without_person',
      'goal_without_measure',
      'measure_few_targets',
      'milestone_without_actions',
      'strategy_missing_toa',
      'strategy_single_year',
      'strategy_without_measure',
    ]);
    expect(lincoln.checkCount).toBe(8);
  });

  it('records one audit event per plan, in the name of its author where there is one', async () => {
    const events = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'plan'), eq(auditEvents.action, 'create')));
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.actorPersonId !== null)).toHaveLength(2);
  });

  it("shows the four plans in the state's network view and the schools' in the district's", async () => {
    const client = h.client();
    expect((await client.login('state.lead@example.org')).status).toBe(200);
    const state = await client.get(`/api/organizations/${byKey.get('state')!.id}/network-plans`);
    expect(state.status).toBe(200);
    const withPlans = state.body.items.filter((r: any) => r.plan !== null);
    expect(withPlans.map((r: any) => [r.organization.name, r.completeness]).sort()).toEqual([
      ['Hudson High School', 'complete'],
      ['Hudson Middle School', 'signed'],
      ['Hudson School District', 'complete'],
      ['Lincoln Elementary School', 'incomplete'],
    ]);

    const hudson = byKey.get('hudson')!.id;
    const coded = await client.get(`/api/organizations/${hudson}/network-plans?practice=3c`);
    expect(
      coded.body.items.filter((r: any) => r.plan?.strategies.length).map((r: any) => r.organization.name),
    ).toEqual(['Hudson Middle School']);
    const incomplete = await client.get(`/api/organizations/${hudson}/network-plans?completeness=incomplete`);
    expect(incomplete.body.items.map((r: any) => r.organization.name)).toEqual(['Lincoln Elementary School']);
  });

  it("exports Hudson Middle School's plan with every goal, strategy, milestone and action, in Word and PDF", async () => {
    const { client, plan } = await treeOf('hudson-ms', 'principal@example.org');
    const items = plan.priorities.flatMap((p: any) => p.strategies);
    const milestones = items.flatMap((s: any) => s.milestones);
    const actions = milestones.flatMap((m: any) => m.actions);
    // The demo plan is the document's example in full; a few items would make this check hollow.
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(actions.length).toBeGreaterThanOrEqual(4);
    const expected = planItemTexts(plan);
    for (const text of [
      ...plan.goals.map((g: any) => g.statement),
      ...items.map((s: any) => s.title),
      ...milestones.map((m: any) => m.title),
      ...actions.map((a: any) => a.description),
    ]) {
      const words = text.replace(/[\s,.;:]+$/u, '');
      expect(
        expected.filter((line) => line.includes(words)),
        words,
      ).not.toHaveLength(0);
    }

    const word = await client.download(`/api/plans/${plan.id}/export?format=docx`);
    expect(word.status).toBe(200);
    const docx = await readDocx(word.bytes);
    for (const text of expected) expect(docx.text).toContain(text);

    const pdf = await client.download(`/api/plans/${plan.id}/export?format=pdf`);
    expect(pdf.status).toBe(200);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const pdfText = flat(readPdfText(pdf.bytes));
    for (const text of expected) expect(pdfText).toContain(flat(pdfSafe(text)));
  });
});
