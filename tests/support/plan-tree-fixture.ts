import { formatDate } from '../../src/server/exports/document-blocks';
import { periodView } from '../../src/shared/plans/period';
import { computeTarget, describeTarget } from '../../src/shared/plans/targets';
import type { MeasureView, PlanTree, Target } from '../../src/shared/schemas/plan';

let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const period = periodView(2026, 3);

function targets(list: Target[], baseline: number | null, unit: string | null) {
  return list.map((t) => ({
    ...t,
    yearLabel: period.yearLabels.find((y) => y.year === t.year)?.label ?? String(t.year),
    computed: computeTarget(t, baseline),
    text: describeTarget(t, baseline, unit),
  }));
}

function measure(
  owner: { goalId: string } | { strategyId: string },
  number: string,
  indicator: string,
  unit: string | null,
  rows: { label: string | null; baseline: number | null; baselineAsOf: string | null; targets: Target[] }[],
): MeasureView {
  return {
    id: id(),
    version: 1,
    number,
    goalId: 'goalId' in owner ? owner.goalId : null,
    strategyId: 'strategyId' in owner ? owner.strategyId : null,
    indicator,
    dataSource: 'State assessment',
    unit,
    rows: rows.map((r) => ({ ...r, targets: targets(r.targets, r.baseline, unit) })),
  };
}

const atLeast = (year: number, value: number): Target => ({
  year,
  kind: 'absolute',
  comparator: 'at_least',
  value,
});
const change = (year: number, value: number): Target => ({
  year,
  kind: 'change',
  comparator: 'at_least',
  value,
});

/**
 * A school's plan as the presenter returns it, with every part of the template filled in: two goals (one measure
 * broken down by grade), a SWOT with linked root causes of both methods, two priorities (the second without
 * strategies), milestones with actions, one signature given and one awaited, and a recorded update.
 */
export function planTreeFixture(): PlanTree {
  const goal1 = id();
  const goal2 = id();
  const weakness = id();
  const strategy11 = id();
  const strategy12 = id();
  const longText =
    'Grade-level teams meet every second Tuesday to review running records, regroup students for targeted small-group instruction and agree on the next cycle of lessons. '.repeat(
      3,
    );
  return {
    id: id(),
    organizationId: id(),
    title: 'Lincoln Elementary Improvement Plan',
    period,
    status: 'awaiting_signatures',
    signedAt: '2026-08-20T15:00:00.000Z',
    version: 4,
    createdAt: '2026-05-01T12:00:00.000Z',
    updatedAt: '2026-09-02T12:00:00.000Z',
    organization: {
      id: id(),
      name: 'Lincoln Elementary',
      kind: 'school',
      code: '0042',
      cityCounty: 'Springfield / Green County',
      zipCode: '62704',
      phone: '(217) 555-0142',
      leaderName: 'Maria Alvarez',
      contactName: 'Sam Lee',
      contactEmail: 'sam.lee@lincoln.example.org',
      districtLiaison: 'Jordan Price',
      essaStatus: 'tsi',
      titleIStatus: 'schoolwide',
      federalDesignation: 'Targeted support',
      parent: { id: id(), name: 'Springfield District 186', leaderName: 'Dr. Helen Okafor' },
    },
    direction: {
      version: 2,
      vision: 'Every Lincoln student reads with joy and confidence.',
      mission: 'We teach every child to read, write and reason through strong daily instruction.',
      purposeIf: 'build teacher teams that plan literacy instruction from student work',
      purposeThen: 'teachers will adjust daily lessons to what students need',
      purposeAnd: 'students will read on grade level by grade 3',
      glossary: [{ term: 'MTSS', definition: 'Multi-tiered system of supports.' }],
      leadershipTeam: [
        { name: 'Maria Alvarez', position: 'Principal' },
        { name: 'Chris Novak', position: 'Literacy coach' },
      ],
    },
    needs: {
      version: 3,
      elements: {
        checked: ['demographics_student', 'outcomes_assessments', 'engagement_attendance', 'other'],
        other: { other: 'Family survey 2026' },
      },
      process: 'The leadership team reviewed three years of data over four meetings in spring.',
      stakeholderInput: 'Families and staff answered surveys; student council held a listening session.',
    },
    goals: [
      {
        id: goal1,
        version: 1,
        number: '1',
        statement: 'Raise third-grade reading proficiency',
        explanation: 'Reading by grade 3 predicts later success.',
        measures: [
          measure({ goalId: goal1 }, '1', 'Students proficient in reading (grade 3)', '%', [
            {
              label: null,
              baseline: 24,
              baselineAsOf: '2026-05-30',
              targets: [atLeast(2026, 30), atLeast(2027, 36), change(2028, 18)],
            },
          ]),
        ],
      },
      {
        id: goal2,
        version: 1,
        number: '2',
        statement: 'Improve attendance',
        explanation: null,
        measures: [
          measure({ goalId: goal2 }, '1', 'Chronic absence rate', '%', [
            { label: 'Grade K', baseline: 19, baselineAsOf: '2026-06-10', targets: [change(2026, -3)] },
            { label: 'Grade 1', baseline: null, baselineAsOf: null, targets: [change(2026, -2)] },
          ]),
        ],
      },
    ],
    swot: [
      {
        id: id(),
        version: 1,
        quadrant: 'strength',
        statement: 'Experienced literacy coach',
        evidence: 'Coach logs',
        leverage: 'Coach leads team planning',
      },
      {
        id: weakness,
        version: 1,
        quadrant: 'weakness',
        statement: 'Uneven small-group instruction',
        evidence: 'Walkthrough data',
        leverage: null,
      },
      {
        id: id(),
        version: 1,
        quadrant: 'opportunity',
        statement: 'District literacy grant',
        evidence: null,
        leverage: 'Fund release time',
      },
      {
        id: id(),
        version: 1,
        quadrant: 'threat',
        statement: 'Teacher turnover',
        evidence: 'HR exit data',
        leverage: null,
      },
    ],
    rootCauses: [
      {
        id: id(),
        version: 1,
        number: '1',
        method: 'five_whys',
        problem: 'Reading scores are flat',
        whys: [
          {
            question: 'Why are scores flat?',
            answer: 'Small groups do not match needs',
            evidence: 'Walkthroughs',
          },
          { question: 'Why do groups not match?', answer: 'Teachers lack shared data time', evidence: '' },
        ],
        categories: [],
        rootCause: 'No common planning time to use reading data',
        swotEntryId: weakness,
      },
      {
        id: id(),
        version: 1,
        number: '2',
        method: 'fishbone',
        problem: 'Chronic absence is high',
        whys: [],
        categories: [
          {
            id: 'c1',
            name: 'Families',
            causes: [
              {
                id: 'x1',
                text: 'Transportation gaps',
                evidence: 'Bus route data',
                actionable: true,
                priority: 'high',
              },
              { id: 'x2', text: 'Illness', evidence: '', actionable: false, priority: null },
            ],
          },
          { id: 'c2', name: 'School', causes: [] },
        ],
        rootCause: 'Families lack reliable transport',
        swotEntryId: null,
      },
    ],
    priorities: [
      {
        id: id(),
        version: 1,
        number: '1',
        title: 'Core literacy instruction',
        description: 'Tighten small-group reading instruction in K–3.',
        swotEntryIds: [weakness],
        rootCauseIds: [],
        candidateIds: [],
        strategies: [
          {
            id: strategy11,
            version: 1,
            number: '1.1',
            title: 'Collaborative data teams',
            toaIf: 'establish weekly data team meetings',
            toaThen: 'teachers will regroup students by need',
            toaAnd: 'students will grow in reading',
            practiceCodes: ['3c', '2a'],
            goalIds: [goal1],
            rationale: 'Data teams are a proven practice.',
            evidence: 'What Works Clearinghouse',
            measures: [
              measure({ strategyId: strategy11 }, '1', 'Teachers using regrouping weekly', '%', [
                {
                  label: null,
                  baseline: 20,
                  baselineAsOf: '2026-06-01',
                  targets: [atLeast(2026, 60), atLeast(2027, 85)],
                },
              ]),
            ],
            milestones: [
              {
                id: id(),
                version: 1,
                number: '1.1.1',
                title: 'Data teams meet every two weeks',
                dueDate: '2026-12-18',
                responsibleTeam: 'Literacy team',
                actions: [
                  {
                    id: id(),
                    version: 1,
                    number: '1.1.1.1',
                    description: 'Schedule common planning time',
                    outputs: longText.trim(),
                    startDate: '2026-08-15',
                    endDate: '2026-09-15',
                    budgetAmount: 12000,
                    fundingSource: 'Title I',
                    responsiblePerson: { id: id(), name: 'Maria Alvarez' },
                    responsibleName: null,
                    collaborators: 'Grade-level leads',
                  },
                  {
                    id: id(),
                    version: 1,
                    number: '1.1.1.2',
                    description: 'Train team facilitators',
                    outputs: 'Six facilitators trained',
                    startDate: null,
                    endDate: '2026-10-01',
                    budgetAmount: null,
                    fundingSource: null,
                    responsiblePerson: null,
                    responsibleName: 'Chris Novak',
                    collaborators: null,
                  },
                ],
              },
              {
                id: id(),
                version: 1,
                number: '1.1.2',
                title: 'Regrouping in every K–3 classroom',
                dueDate: '2027-05-28',
                responsibleTeam: null,
                actions: [
                  {
                    id: id(),
                    version: 1,
                    number: '1.1.2.1',
                    description: 'Observe regrouping in classrooms',
                    outputs: 'Walkthrough summaries',
                    startDate: '2027-01-10',
                    endDate: null,
                    budgetAmount: 0,
                    fundingSource: null,
                    responsiblePerson: null,
                    responsibleName: null,
                    collaborators: 'District coach',
                  },
                ],
              },
            ],
          },
          {
            id: strategy12,
            version: 1,
            number: '1.2',
            title: 'Family reading nights',
            toaIf: 'host monthly family reading nights',
            toaThen: null,
            toaAnd: null,
            practiceCodes: [],
            goalIds: [],
            rationale: null,
            evidence: null,
            measures: [],
            milestones: [],
          },
        ],
      },
      {
        id: id(),
        version: 1,
        number: '2',
        title: 'Attendance supports',
        description: null,
        swotEntryIds: [],
        rootCauseIds: [],
        candidateIds: [],
        strategies: [],
      },
    ],
    candidates: [],
    signatures: [
      {
        id: id(),
        person: { id: id(), name: 'Maria Alvarez' },
        roleInPlan: 'Principal',
        requestedAt: '2026-08-01T12:00:00.000Z',
        signedAt: '2026-08-20T15:00:00.000Z',
        signedName: 'Maria Alvarez',
        signedPosition: 'Principal, Lincoln Elementary',
        signedVersionNumber: 1,
      },
      {
        id: id(),
        person: { id: id(), name: 'Pat Gomez' },
        roleInPlan: 'Parent representative',
        requestedAt: '2026-09-01T12:00:00.000Z',
        signedAt: null,
        signedName: null,
        signedPosition: null,
        signedVersionNumber: null,
      },
    ],
    updates: [
      {
        number: 3,
        createdAt: '2026-09-02T12:00:00.000Z',
        summary: 'Added a family engagement strategy.',
        createdBy: { id: id(), name: 'Maria Alvarez' },
      },
      {
        number: 2,
        createdAt: '2026-08-25T12:00:00.000Z',
        summary: 'Adjusted targets.',
        createdBy: null,
      },
    ],
    checkCount: 0,
    abilities: {
      read: true,
      edit: true,
      comment: true,
      requestSignatures: true,
      sign: false,
      recordUpdate: true,
      export: true,
      archive: true,
    },
  };
}

/**
 * The text every export of this plan must carry: each goal, measure indicator and target, strategy, milestone,
 * action and signature, as the layout words them.
 */
export function planItemTexts(plan: PlanTree): string[] {
  const measures = (list: MeasureView[]) =>
    list.flatMap((m) => [
      `${m.number}. ${m.indicator}`,
      ...m.rows.flatMap((r) => r.targets.map((t) => t.text)),
    ]);
  return [
    ...plan.goals.flatMap((g) => [`Goal ${g.number}: ${g.statement}`, ...measures(g.measures)]),
    ...plan.priorities.flatMap((p) => [
      `Priority ${p.number}: ${p.title}`,
      ...p.strategies.flatMap((s) => [
        `Strategy ${s.number}: ${s.title}`,
        ...measures(s.measures),
        ...s.milestones.flatMap((m) => [
          // The documents drop a title's closing full stop before the due date that follows it.
          `Milestone ${m.number}: ${m.title.replace(/[\s,.;:]+$/u, '')}`,
          ...m.actions.map((a) => `${a.number} ${a.description}`),
        ]),
      ]),
    ]),
    ...plan.signatures.flatMap((s) => [
      s.signedName ?? s.person.name,
      s.roleInPlan,
      s.signedAt ? `Signed ${formatDate(s.signedAt)}` : 'Awaiting signature',
    ]),
  ];
}
