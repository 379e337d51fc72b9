import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../schemas/plan';
import { diffPlans } from './diff';
import { periodView } from './period';

type Strategy = PlanSnapshot['priorities'][number]['strategies'][number];

function strategy(id: string, number: string, title: string): Strategy {
  return {
    id,
    version: 1,
    number,
    title,
    toaIf: 'we coach teachers weekly',
    toaThen: 'instruction improves',
    toaAnd: 'students read better',
    practiceCodes: ['3c'],
    goalIds: ['g1'],
    rationale: null,
    evidence: null,
    measures: [],
    milestones: [
      {
        id: `${id}-m`,
        version: 1,
        number: `${number}.1`,
        title: 'Coaching cycles run',
        dueDate: '2027-01-31',
        responsibleTeam: null,
        actions: [
          {
            id: `${id}-a`,
            version: 1,
            number: `${number}.1.1`,
            description: 'Schedule coaching',
            outputs: 'Calendar',
            startDate: '2026-09-01',
            endDate: '2026-10-01',
            budgetAmount: 1500,
            fundingSource: 'Title I',
            responsiblePerson: null,
            responsibleName: 'Dana Lee',
            collaborators: null,
          },
        ],
      },
    ],
  };
}

function snapshot(): PlanSnapshot {
  return {
    title: 'Lincoln Elementary plan',
    period: periodView(2026, 3),
    direction: {
      version: 1,
      vision: 'Every student reads',
      mission: 'We teach',
      purposeIf: null,
      purposeThen: null,
      purposeAnd: null,
      glossary: [{ term: 'PLC', definition: 'Professional learning community' }],
      leadershipTeam: [{ name: 'Ana Ruiz', position: 'Principal' }],
    },
    needs: {
      version: 1,
      elements: { checked: ['demographics_student'], other: {} },
      process: null,
      stakeholderInput: null,
    },
    goals: [
      {
        id: 'g1',
        version: 1,
        number: '1',
        statement: 'All students read on grade level',
        explanation: null,
        measures: [
          {
            id: 'gm1',
            version: 1,
            number: '1',
            goalId: 'g1',
            strategyId: null,
            indicator: 'Reading proficiency',
            dataSource: 'State test',
            unit: '%',
            rows: [
              {
                label: null,
                baseline: 40,
                baselineAsOf: null,
                targets: [
                  {
                    year: 2026,
                    kind: 'absolute',
                    comparator: 'at_least',
                    value: 45,
                    yearLabel: '',
                    computed: 45,
                    text: '',
                  },
                  {
                    year: 2027,
                    kind: 'change',
                    comparator: 'at_least',
                    value: 10,
                    yearLabel: '',
                    computed: 50,
                    text: '',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'g2',
        version: 1,
        number: '2',
        statement: 'Attendance rises',
        explanation: null,
        measures: [],
      },
    ],
    swot: [
      {
        id: 'w1',
        version: 1,
        quadrant: 'weakness',
        statement: 'Low attendance',
        evidence: null,
        leverage: null,
      },
    ],
    rootCauses: [
      {
        id: 'r1',
        version: 1,
        number: '1',
        method: 'five_whys',
        problem: 'Students miss school',
        whys: [{ question: 'Why do they miss school?', answer: 'Transport', evidence: '' }],
        categories: [],
        rootCause: null,
        swotEntryId: 'w1',
      },
    ],
    priorities: [
      {
        id: 'p1',
        version: 1,
        number: '1',
        title: 'Instruction',
        description: null,
        swotEntryIds: ['w1'],
        rootCauseIds: [],
        candidateIds: [],
        strategies: [strategy('s1', '1.1', 'Coaching'), strategy('s2', '1.2', 'Tutoring')],
      },
    ],
  };
}

/** A changed copy with every item's version bumped, as an edit would leave it. */
function edited(change: (plan: PlanSnapshot) => void): PlanSnapshot {
  const plan = structuredClone(snapshot());
  plan.direction.version = 5;
  for (const goal of plan.goals) goal.version = 3;
  for (const s of plan.priorities[0].strategies) s.version = 7;
  change(plan);
  return plan;
}

describe('plan differences', () => {
  it('finds nothing between equal snapshots, whatever their versions', () => {
    expect(
      diffPlans(
        snapshot(),
        edited(() => {}),
      ),
    ).toEqual([]);
  });

  it('lists the changed fields of a strategy with before and after', () => {
    const after = edited((plan) => {
      const s = plan.priorities[0].strategies[1];
      s.toaThen = 'students get daily tutoring';
      s.practiceCodes = ['3c', '4a'];
    });
    expect(diffPlans(snapshot(), after)).toEqual([
      {
        change: 'changed',
        entity: 'Strategy',
        number: '1.2',
        label: 'Tutoring',
        fields: [
          {
            field: 'Theory of action: then',
            before: 'instruction improves',
            after: 'students get daily tutoring',
          },
          { field: 'Practice codes', before: '3c', after: '3c, 4a' },
        ],
      },
    ]);
  });

  it('names added and removed items with their number, removed ones where they were', () => {
    const after = edited((plan) => {
      plan.priorities[0].strategies = [plan.priorities[0].strategies[1]];
      plan.priorities[0].strategies[0].number = '1.1';
      plan.priorities[0].strategies[0].milestones[0].number = '1.1.1';
      plan.priorities[0].strategies[0].milestones[0].actions[0].number = '1.1.1.1';
      plan.goals.push({
        id: 'g3',
        version: 1,
        number: '3',
        statement: 'Families engage',
        explanation: null,
        measures: [],
      });
    });
    const changes = diffPlans(snapshot(), after);
    expect(changes.map((c) => [c.change, c.entity, c.number, c.label])).toEqual([
      ['added', 'Goal', '3', 'Families engage'],
      ['removed', 'Strategy', '1.1', 'Coaching'],
      ['removed', 'Milestone', '1.1.1', 'Coaching cycles run'],
      ['removed', 'Action', '1.1.1.1', 'Schedule coaching'],
      ['changed', 'Strategy', '1.1', 'Tutoring'],
      ['changed', 'Milestone', '1.1.1', 'Coaching cycles run'],
      ['changed', 'Action', '1.1.1.1', 'Schedule coaching'],
    ]);
    expect(changes[4].fields).toEqual([{ field: 'Number', before: '1.2', after: '1.1' }]);
  });

  it('describes targets the way the template writes them', () => {
    const after = edited((plan) => {
      const row = plan.goals[0].measures[0].rows[0];
      row.baseline = 42;
      row.targets[0].value = 48;
    });
    expect(diffPlans(snapshot(), after)).toEqual([
      {
        change: 'changed',
        entity: 'Goal measure',
        number: '1.1',
        label: 'Reading proficiency',
        fields: [
          { field: 'Baseline', before: '40', after: '42' },
          {
            field: 'Targets',
            before: '2026–27: at least 45%; 2027–28: +10% (50%)',
            after: '2026–27: at least 48%; 2027–28: +10% (52%)',
          },
        ],
      },
    ]);
  });

  it('names measure rows by their breakdown', () => {
    const after = edited((plan) => {
      const rows = plan.goals[0].measures[0].rows;
      rows.push({ label: 'Grade 5', baseline: 30, baselineAsOf: null, targets: [] });
    });
    expect(diffPlans(snapshot(), after)[0].fields).toEqual([
      { field: 'Breakdown (row 2)', before: null, after: 'Grade 5' },
      { field: 'Baseline (Grade 5)', before: null, after: '30' },
    ]);
    const relabelled = edited((plan) => {
      plan.goals[0].measures[0].rows[0].label = 'All students';
    });
    expect(diffPlans(snapshot(), relabelled)[0].fields).toEqual([
      { field: 'Breakdown (row 1)', before: 'Overall', after: 'All students' },
    ]);
  });

  it('gathers direction and needs changes into one entry each', () => {
    const after = edited((plan) => {
      plan.direction.vision = 'Every student thrives';
      plan.direction.leadershipTeam.push({ name: 'Sam Ortiz', position: null });
      plan.needs.elements = { checked: ['demographics_student', 'other'], other: { other: 'Bus routes' } };
      plan.needs.process = 'Team review in May';
    });
    expect(diffPlans(snapshot(), after)).toEqual([
      {
        change: 'changed',
        entity: 'Direction',
        number: null,
        label: 'Direction',
        fields: [
          { field: 'Vision', before: 'Every student reads', after: 'Every student thrives' },
          {
            field: 'Leadership team',
            before: 'Ana Ruiz (Principal)',
            after: 'Ana Ruiz (Principal); Sam Ortiz',
          },
        ],
      },
      {
        change: 'changed',
        entity: 'Needs assessment',
        number: null,
        label: 'Needs assessment',
        fields: [
          {
            field: 'Elements examined',
            before: 'Demographics: student',
            after: 'Demographics: student; Other (Bus routes)',
          },
          { field: 'Process', before: null, after: 'Team review in May' },
        ],
      },
    ]);
  });

  it('summarizes root causes and resolves linked items to readable names', () => {
    const after = edited((plan) => {
      plan.rootCauses[0].whys.push({ question: 'Why transport?', answer: 'No late bus', evidence: 'Survey' });
      plan.swot[0].statement = 'Chronic absence';
      plan.priorities[0].strategies[0].goalIds = ['g1', 'g2'];
    });
    const changes = diffPlans(snapshot(), after);
    expect(changes.map((c) => `${c.entity} ${c.number}`)).toEqual([
      'SWOT weakness 1',
      '5 Whys 1',
      'Priority area 1',
      'Strategy 1.1',
    ]);
    expect(changes[1].fields).toEqual([
      {
        field: 'Whys',
        before: '1. Why do they miss school? — Transport',
        after: '1. Why do they miss school? — Transport; 2. Why transport? — No late bus [evidence: Survey]',
      },
      { field: 'Weakness or threat', before: 'Low attendance', after: 'Chronic absence' },
    ]);
    expect(changes[2].fields).toEqual([
      { field: 'SWOT entries', before: 'Low attendance', after: 'Chronic absence' },
    ]);
    expect(changes[3].fields).toEqual([{ field: 'Goals', before: 'Goal 1', after: 'Goal 1, Goal 2' }]);
  });

  it('reads action fields as plain strings', () => {
    const after = edited((plan) => {
      const action = plan.priorities[0].strategies[0].milestones[0].actions[0];
      action.budgetAmount = 2500.5;
      action.responsibleName = null;
      action.responsiblePerson = { id: 'x', name: 'Ana Ruiz' };
    });
    expect(diffPlans(snapshot(), after)[0]).toMatchObject({
      entity: 'Action',
      number: '1.1.1.1',
      fields: [
        { field: 'Budget', before: '1,500', after: '2,500.5' },
        { field: 'Person responsible', before: 'Dana Lee', after: 'Ana Ruiz' },
      ],
    });
  });
});
