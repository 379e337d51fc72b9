import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar';
import { compareNumbers, type FiguresInput, type FiguresReport, quarterFigures } from './figures';

// The 2026–27 school year with the default calendar: Q1 is Aug–Oct, Q2 Nov–Jan, S1 Aug–Dec.
const report = (
  actionId: string,
  period: string,
  status: FiguresReport['status'],
  more: Partial<FiguresReport> = {},
) =>
  ({
    actionId,
    period,
    status,
    percentComplete: 0,
    outputsDone: null,
    comment: null,
    cause: null,
    adjustment: null,
    resourcesUsed: null,
    budgetUsed: null,
    ...more,
  }) satisfies FiguresReport;

const action = (
  id: string,
  milestoneId: string,
  number: string,
  startDate: string | null,
  endDate: string | null,
  budgetAmount: number | null,
) => ({
  id,
  milestoneId,
  number,
  description: `Action ${number}`,
  outputs: null,
  startDate,
  endDate,
  budgetAmount,
});

function fixture(): FiguresInput {
  return {
    calendar: defaultCalendar,
    quarter: '2026-Q2',
    today: '2027-01-20',
    strategies: [
      { id: 's2', number: '1.2', title: 'Family engagement', practiceCodes: ['4c'] },
      { id: 's1', number: '1.1', title: 'Instruction', practiceCodes: ['3c'] },
    ],
    milestones: [
      { id: 'm1', strategyId: 's1', number: '1.1.1', title: 'Coaching cycles', dueDate: '2027-06-30' },
      { id: 'm2', strategyId: 's1', number: '1.1.2', title: 'Common assessments', dueDate: '2026-12-15' },
      { id: 'm3', strategyId: 's2', number: '1.2.1', title: 'Family nights', dueDate: null },
    ],
    actions: [
      action('a4', 'm1', '1.1.1.10', '2026-08-01', '2026-09-30', 300),
      action('a1', 'm1', '1.1.1.1', '2026-08-01', '2026-10-31', 1000),
      action('a2', 'm1', '1.1.1.2', '2026-09-01', '2026-12-31', 500),
      action('a3', 'm1', '1.1.1.3', '2027-01-10', '2027-05-31', null),
      action('a5', 'm2', '1.1.2.1', null, null, 250.5),
      action('a6', 'm2', '1.1.2.2', '2026-11-01', '2027-01-15', 0),
      // Belongs to no milestone given here: left out of everything.
      action('a7', 'elsewhere', '9.9.9.9', null, null, 999),
    ],
    reports: [
      report('a1', '2026-08', 'on_track'),
      report('a1', '2026-09', 'on_track'),
      report('a1', '2026-10', 'completed', { outputsDone: 'Schedule published', budgetUsed: 400 }),
      report('a4', '2026-10', 'cancelled', { budgetUsed: 25, comment: 'Folded into 1.1.1.2' }),
      report('a2', '2026-12', 'behind', {
        cause: 'Coach on leave',
        adjustment: 'Principal leads two cycles',
        outputsDone: 'Three cycles',
        resourcesUsed: 'Substitutes ',
        budgetUsed: 100.5,
      }),
      report('a2', '2026-11', 'at_risk', {
        cause: 'Substitute shortage',
        adjustment: 'Use PLC time',
        outputsDone: 'Two cycles',
        resourcesUsed: 'Substitutes',
        comment: 'Going slowly',
        budgetUsed: 200,
      }),
      // After the quarter: must not change it.
      report('a2', '2027-02', 'completed', { budgetUsed: 1000, outputsDone: 'All cycles' }),
      report('a5', '2026-11', 'on_track'),
      report('a5', '2026-12', 'completed', { budgetUsed: 50, comment: '  ' }),
      report('a6', '2026-11', 'on_track'),
      report('a6', '2027-01', 'on_track'),
      report('a7', '2026-11', 'behind', { budgetUsed: 999 }),
    ],
    reviews: [
      {
        milestoneId: 'm2',
        semester: '2026-S1',
        completed: false,
        behind: true,
        cause: 'Late start',
        adjustment: 'Extend to January',
      },
      // Another semester's review is not this one's business.
      {
        milestoneId: 'm1',
        semester: '2025-S2',
        completed: true,
        behind: false,
        cause: 'Old',
        adjustment: null,
      },
    ],
  };
}

describe('quarter figures', () => {
  const figures = quarterFigures(fixture());
  const [first, second] = figures.strategies;
  const m1 = first?.milestones[0];
  const m2 = first?.milestones[1];

  it('names the quarter, its months and the semester it reports against', () => {
    expect(figures.period).toBe('2026-Q2');
    expect(figures.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(figures.semester).toBe('2026-S1');
  });

  it('orders strategies, milestones and actions by number', () => {
    expect(figures.strategies.map((s) => s.strategy.number)).toEqual(['1.1', '1.2']);
    expect(first?.milestones.map((m) => m.milestone.number)).toEqual(['1.1.1', '1.1.2']);
    expect(['1.1.1.10', '1.1.1.2', '1.10', '1.9'].sort(compareNumbers)).toEqual([
      '1.1.1.2',
      '1.1.1.10',
      '1.9',
      '1.10',
    ]);
  });

  it('counts a milestone’s actions in scope, completed, on time and behind at the quarter’s end', () => {
    // a4 cancelled is out; a1 completed; a2 behind by its last report; a3 not started and not yet due.
    expect(m1).toMatchObject({
      actions: 3,
      actionsCompletedPct: 33.3,
      actionsOnTimePct: 66.7,
      actionsBehindPct: 33.3,
    });
    // a5 completed; a6 on track but past its 15 January end: behind.
    expect(m2).toMatchObject({
      actions: 2,
      actionsCompletedPct: 50,
      actionsOnTimePct: 50,
      actionsBehindPct: 50,
    });
  });

  it('gives null percentages when nothing is in scope', () => {
    expect(second?.milestones[0]).toMatchObject({
      actions: 0,
      actionsCompletedPct: null,
      actionsOnTimePct: null,
      actionsBehindPct: null,
      budgetPlanned: 0,
      budgetUsed: 0,
    });
  });

  it('lists the latest outputs, causes and adjustments, resources and comments of the quarter’s reports', () => {
    expect(m1?.outputsCompleted).toEqual([{ actionId: 'a2', number: '1.1.1.2', outputs: 'Three cycles' }]);
    // A later report that leaves the outputs blank keeps the ones said before it in the quarter.
    const input = fixture();
    input.reports.push(report('a2', '2027-01', 'behind', { cause: 'Still short', adjustment: 'Hire' }));
    const later = quarterFigures(input).strategies[0]?.milestones[0];
    expect(later?.outputsCompleted).toEqual([{ actionId: 'a2', number: '1.1.1.2', outputs: 'Three cycles' }]);
    expect(m1?.causesAndAdjustments).toEqual([
      {
        itemId: 'a2',
        number: '1.1.1.2',
        period: '2026-11',
        status: 'at_risk',
        cause: 'Substitute shortage',
        adjustment: 'Use PLC time',
      },
      {
        itemId: 'a2',
        number: '1.1.1.2',
        period: '2026-12',
        status: 'behind',
        cause: 'Coach on leave',
        adjustment: 'Principal leads two cycles',
      },
    ]);
    expect(m1?.resourcesUsed).toEqual(['Substitutes']);
    expect(m1?.comments).toEqual(['Going slowly']);
    expect(m2?.comments).toEqual([]);
  });

  it('plans the budgets of actions in scope and adds what the quarter’s reports spent', () => {
    expect(m1).toMatchObject({ budgetPlanned: 1500, budgetUsed: 300.5 });
    expect(m2).toMatchObject({ budgetPlanned: 250.5, budgetUsed: 50 });
  });

  it('reads the semester as of its end when it ends before the quarter', () => {
    // As of 31 December: m1 has a2 behind; m2 is past its due date and its review says behind.
    expect(first?.semester).toEqual({
      semester: '2026-S1',
      milestones: 2,
      milestonesCompletedPct: 0,
      milestonesBehind: [
        { id: 'm1', number: '1.1.1', title: 'Coaching cycles' },
        { id: 'm2', number: '1.1.2', title: 'Common assessments' },
      ],
      causesAndAdjustments: [
        {
          itemId: 'm2',
          number: '1.1.2',
          period: '2026-S1',
          status: null,
          cause: 'Late start',
          adjustment: 'Extend to January',
        },
      ],
    });
    // A milestone with no actions and no due date is neither completed nor behind.
    expect(second?.semester).toMatchObject({
      milestones: 1,
      milestonesCompletedPct: 0,
      milestonesBehind: [],
    });
  });

  it('takes a review’s word that a milestone is completed, and completes one whose actions all are', () => {
    const input = fixture();
    input.reviews.push({
      milestoneId: 'm1',
      semester: '2026-S1',
      completed: true,
      behind: false,
      cause: null,
      adjustment: null,
    });
    input.reviews = input.reviews.filter((r) => r.milestoneId !== 'm2');
    // With a6 completed in December, all of m2's actions are completed as of the semester's end.
    input.reports.push(report('a6', '2026-12', 'completed'));
    const semester = quarterFigures(input).strategies[0]?.semester;
    expect(semester?.milestonesCompletedPct).toBe(100);
    expect(semester?.milestonesBehind).toEqual([]);
    expect(semester?.causesAndAdjustments).toEqual([]);
  });

  it('pools every action of the plan for the totals and counts the reports due so far', () => {
    // In scope a1 a2 a3 a5 a6; completed a1 a5; behind a2 a6. Due: a2 ×3 (2 in), a3 January (0 in),
    // a5 November and December (2 in, then completed), a6 ×3 (2 in). a1 and a4 were closed before.
    expect(figures.totals).toEqual({
      actions: 5,
      actionsCompletedPct: 40,
      actionsOnTimePct: 60,
      actionsBehindPct: 40,
      budgetPlanned: 1750.5,
      budgetUsed: 350.5,
      reportsDue: 9,
      reportsIn: 6,
    });
  });

  it('counts only the months up to the one being reported', () => {
    // On 3 December teams are finishing November: a2, a5 and a6 were due and all reported.
    const early = quarterFigures({ ...fixture(), today: '2026-12-03' });
    expect(early.totals).toMatchObject({ reportsDue: 3, reportsIn: 3 });
  });

  it('traces the school year’s quarters up to this one', () => {
    // End of Q1 (31 October): a1 completed, a2 a3 a5 a6 not started and not past their ends, a4 cancelled.
    expect(figures.trend).toEqual([
      {
        period: '2026-Q1',
        actionsCompletedPct: 20,
        actionsOnTimePct: 100,
        actionsBehindPct: 0,
        budgetUsed: 425,
      },
      {
        period: '2026-Q2',
        actionsCompletedPct: 40,
        actionsOnTimePct: 60,
        actionsBehindPct: 40,
        budgetUsed: 350.5,
      },
    ]);
  });
});
