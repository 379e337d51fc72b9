import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../schemas/plan';
import { planChecks, schoolYearOf } from './checks';
import { periodView } from './period';

type Priority = PlanSnapshot['priorities'][number];
type Strategy = Priority['strategies'][number];
type Milestone = Strategy['milestones'][number];
type Action = Milestone['actions'][number];
type Measure = PlanSnapshot['goals'][number]['measures'][number];

const target = (year: number, value: number) => ({
  year,
  kind: 'absolute' as const,
  comparator: 'at_least' as const,
  value,
  yearLabel: '',
  computed: value,
  text: '',
});

function measure(id: string, owner: { goalId?: string; strategyId?: string }): Measure {
  return {
    id,
    version: 1,
    number: '1',
    goalId: owner.goalId ?? null,
    strategyId: owner.strategyId ?? null,
    indicator: 'Students proficient in reading',
    dataSource: 'State assessment',
    unit: '%',
    rows: [
      {
        label: null,
        baseline: 40,
        baselineAsOf: '2026-06-01',
        targets: [target(2026, 45), target(2027, 50)],
      },
    ],
  };
}

function action(id: string, number: string): Action {
  return {
    id,
    version: 1,
    number,
    description: 'Weekly data meetings',
    outputs: 'Meeting notes',
    startDate: '2026-09-01',
    endDate: '2027-05-30',
    budgetAmount: null,
    fundingSource: null,
    responsiblePerson: null,
    responsibleName: 'Dana Lee',
    collaborators: null,
  };
}

function milestone(id: string, number: string, dueDate: string | null): Milestone {
  return {
    id,
    version: 1,
    number,
    title: 'Teams meet weekly',
    dueDate,
    responsibleTeam: 'Leadership team',
    actions: [action(`${id}-a`, `${number}.1`)],
  };
}

function strategy(): Strategy {
  return {
    id: 's1',
    version: 1,
    number: '1.1',
    title: 'Data-driven instruction',
    toaIf: 'we meet weekly on data',
    toaThen: 'teachers adjust instruction',
    toaAnd: 'students read better',
    practiceCodes: ['3c'],
    goalIds: ['g1'],
    rationale: null,
    evidence: null,
    measures: [measure('sm1', { strategyId: 's1' })],
    milestones: [milestone('m1', '1.1.1', '2027-03-01'), milestone('m2', '1.1.2', '2028-03-01')],
  };
}

function completePlan(): PlanSnapshot {
  return {
    title: 'Improvement plan',
    period: periodView(2026, 3),
    direction: {
      version: 1,
      vision: 'Every student reads',
      mission: null,
      purposeIf: null,
      purposeThen: null,
      purposeAnd: null,
      glossary: [],
      leadershipTeam: [],
    },
    needs: { version: 1, elements: { checked: [], other: {} }, process: null, stakeholderInput: null },
    goals: [
      {
        id: 'g1',
        version: 1,
        number: '1',
        statement: 'All students read on grade level',
        explanation: null,
        measures: [measure('gm1', { goalId: 'g1' })],
      },
    ],
    swot: [],
    rootCauses: [],
    priorities: [
      {
        id: 'p1',
        version: 1,
        number: '1',
        title: 'Instruction',
        description: null,
        swotEntryIds: [],
        rootCauseIds: [],
        candidateIds: [],
        strategies: [strategy()],
      },
    ],
  };
}

const codes = (plan: PlanSnapshot) => planChecks(plan).map((c) => c.code);
const theStrategy = (plan: PlanSnapshot) => plan.priorities[0].strategies[0];
const theAction = (plan: PlanSnapshot) => theStrategy(plan).milestones[0].actions[0];

describe('plan checks', () => {
  it('finds nothing in a complete plan', () => {
    expect(planChecks(completePlan())).toEqual([]);
  });

  it('asks for goals and priority areas in an empty plan, pointing at the lists', () => {
    const plan = { ...completePlan(), goals: [], priorities: [] };
    expect(planChecks(plan)).toEqual([
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
  });

  it('flags a goal without a measure', () => {
    const plan = completePlan();
    plan.goals[0].measures = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'goal_without_measure',
        path: 'direction/goal/g1',
        message: 'Goal 1 has no performance measure. How will you gauge progress toward it?',
      },
    ]);
  });

  it('flags a measure missing a baseline in any row, naming the rows', () => {
    const plan = completePlan();
    const rows = plan.goals[0].measures[0].rows;
    rows.push({ ...rows[0], label: 'Grade 5', baseline: null });
    rows[0] = { ...rows[0], label: 'Grade 4' };
    expect(planChecks(plan)).toEqual([
      {
        code: 'measure_without_baseline',
        path: 'direction/measure/gm1',
        message: 'Measure 1 of goal 1 has no baseline for Grade 5. Where does the data stand today?',
      },
    ]);
    rows[0].baseline = 0;
    rows[1].baseline = 0;
    expect(codes(plan)).toEqual([]);
  });

  it('flags a measure with no rows as missing both baseline and targets', () => {
    const plan = completePlan();
    plan.goals[0].measures[0].rows = [];
    expect(codes(plan)).toEqual(['measure_without_baseline', 'measure_few_targets']);
  });

  it('asks for targets for at least two years, per row', () => {
    const plan = completePlan();
    const rows = plan.goals[0].measures[0].rows;
    rows.push({ ...rows[0], label: 'English learners', targets: [target(2026, 30)] });
    expect(planChecks(plan)).toEqual([
      {
        code: 'measure_few_targets',
        path: 'direction/measure/gm1',
        message:
          'Measure 1 of goal 1 (English learners) has a target for only one year. Set targets for at least two years: how will you know you are on track?',
      },
    ]);
  });

  it('is satisfied with one target when the plan covers one year', () => {
    const plan = completePlan();
    plan.period = periodView(2026, 1);
    for (const m of [plan.goals[0].measures[0], theStrategy(plan).measures[0]])
      m.rows[0].targets = [target(2026, 45)];
    theStrategy(plan).milestones[1].dueDate = '2027-06-01';
    expect(codes(plan)).toEqual(['strategy_single_year']);
    plan.goals[0].measures[0].rows[0].targets = [];
    expect(codes(plan)).toContain('measure_few_targets');
  });

  it('checks strategy measures too, pointing at the plan tab', () => {
    const plan = completePlan();
    theStrategy(plan).measures[0].rows[0].baseline = null;
    expect(planChecks(plan)).toEqual([
      {
        code: 'measure_without_baseline',
        path: 'plan/measure/sm1',
        message: 'Measure 1 of strategy 1.1 has no baseline. Where does the data stand today?',
      },
    ]);
  });

  it('advises at most four priority areas', () => {
    const plan = completePlan();
    const extra = (n: number) => ({ ...plan.priorities[0], id: `p${n}`, number: String(n) });
    plan.priorities = [plan.priorities[0], extra(2), extra(3), extra(4)];
    expect(codes(plan)).toEqual([]);
    plan.priorities.push(extra(5));
    const checks = planChecks(plan);
    expect(checks.map((c) => c.code)).toEqual(['too_many_priorities']);
    expect(checks[0].path).toBe('needs/priorities');
    expect(checks[0].message).toContain('5 priority areas');
  });

  it('flags a priority area without a strategy', () => {
    const plan = completePlan();
    plan.priorities[0].strategies = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'priority_without_strategy',
        path: 'needs/priority/p1',
        message: 'Priority area 1 has no strategy. Which effective practices could address it?',
      },
    ]);
  });

  it('names the missing parts of a theory of action', () => {
    const plan = completePlan();
    theStrategy(plan).toaThen = '  ';
    expect(planChecks(plan)).toEqual([
      {
        code: 'strategy_missing_toa',
        path: 'plan/strategy/s1',
        message: expect.stringMatching(/^Strategy 1\.1's theory of action has no 'then' part\./),
      },
    ]);
    theStrategy(plan).toaIf = null;
    theStrategy(plan).toaAnd = null;
    expect(planChecks(plan)[0].message).toMatch(/has no 'if', 'then' or 'and' part/);
  });

  it('flags a strategy without a practice code, a measure or milestones', () => {
    const plan = completePlan();
    theStrategy(plan).practiceCodes = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'strategy_without_practice',
        path: 'plan/strategy/s1',
        message:
          'Strategy 1.1 has no Four Domains practice code. Which effective practice does it put in place?',
      },
    ]);
    theStrategy(plan).practiceCodes = ['3c'];
    theStrategy(plan).measures = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'strategy_without_measure',
        path: 'plan/strategy/s1',
        message: "Strategy 1.1 has no performance measure. How will you know the 'then' happened?",
      },
    ]);
    theStrategy(plan).measures = strategy().measures;
    theStrategy(plan).milestones = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'strategy_without_milestones',
        path: 'plan/strategy/s1',
        message: 'Strategy 1.1 has no milestones. What will be done along the way, and by when?',
      },
    ]);
  });

  it('suspects a milestone when every dated milestone falls in one school year', () => {
    const plan = completePlan();
    const [first, second] = theStrategy(plan).milestones;
    first.dueDate = '2026-07-01';
    second.dueDate = '2027-06-30';
    expect(planChecks(plan)).toEqual([
      {
        code: 'strategy_single_year',
        path: 'plan/strategy/s1',
        message: expect.stringMatching(
          /due in 2026–27\..*this is probably a milestone of a broader strategy\.$/,
        ),
      },
    ]);
    second.dueDate = null;
    expect(codes(plan)).toEqual(['strategy_single_year']);
    second.dueDate = '2027-07-01';
    expect(codes(plan)).toEqual([]);
    first.dueDate = null;
    second.dueDate = null;
    expect(codes(plan)).toEqual([]);
  });

  it('reads school years from July to June', () => {
    expect(schoolYearOf('2026-07-01')).toBe(2026);
    expect(schoolYearOf('2027-06-30')).toBe(2026);
    expect(schoolYearOf('2027-01-15')).toBe(2026);
  });

  it('flags a milestone without actions', () => {
    const plan = completePlan();
    theStrategy(plan).milestones[1].actions = [];
    expect(planChecks(plan)).toEqual([
      {
        code: 'milestone_without_actions',
        path: 'plan/milestone/m2',
        message: 'Milestone 1.1.2 has no actions. What specific steps will complete it?',
      },
    ]);
  });

  it('accepts a chosen person or a typed name as the person responsible', () => {
    const plan = completePlan();
    theAction(plan).responsibleName = null;
    expect(planChecks(plan)).toEqual([
      {
        code: 'action_without_person',
        path: 'plan/action/m1-a',
        message: 'Action 1.1.1.1 has no person responsible. Who will lead it?',
      },
    ]);
    theAction(plan).responsiblePerson = { id: 'person', name: 'Ana Ruiz' };
    expect(codes(plan)).toEqual([]);
  });

  it('asks for both dates of an action', () => {
    const plan = completePlan();
    theAction(plan).endDate = null;
    expect(planChecks(plan)).toEqual([
      {
        code: 'action_without_dates',
        path: 'plan/action/m1-a',
        message: 'Action 1.1.1.1 has no end date. When will it start and finish?',
      },
    ]);
    theAction(plan).startDate = null;
    expect(planChecks(plan)[0].message).toBe(
      'Action 1.1.1.1 has no start or end date. When will it start and finish?',
    );
  });

  it('flags an action without outputs', () => {
    const plan = completePlan();
    theAction(plan).outputs = '';
    expect(planChecks(plan)).toEqual([
      {
        code: 'action_without_outputs',
        path: 'plan/action/m1-a',
        message: 'Action 1.1.1.1 has no outputs. What will it produce?',
      },
    ]);
  });

  it('lists checks in document order', () => {
    const plan = completePlan();
    theAction(plan).outputs = null;
    theStrategy(plan).practiceCodes = [];
    plan.goals[0].measures = [];
    plan.priorities.push({ ...plan.priorities[0], id: 'p2', number: '2', strategies: [] });
    expect(planChecks(plan).map((c) => c.path)).toEqual([
      'direction/goal/g1',
      'plan/strategy/s1',
      'plan/action/m1-a',
      'needs/priority/p2',
    ]);
  });
});
