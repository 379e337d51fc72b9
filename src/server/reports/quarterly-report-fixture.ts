import { defaultCalendar } from '../../shared/monitoring/calendar';
import { type FiguresInput, type FiguresReport, quarterFigures } from '../../shared/monitoring/figures';
import type { ImplementationFigures } from '../../shared/schemas/monitoring';
import type { MeasureProgress } from '../../shared/schemas/performance';
import type { QuarterlyReport } from '../../shared/schemas/quarterly-report';
import type { Support } from '../../shared/schemas/supports';

/** A school's second quarter of 2026–27, for the export tests: two strategies, measures, a support, an adjustment. */

const organizationId = '00000000-0000-4000-8000-000000000001';
const planId = '00000000-0000-4000-8000-000000000002';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

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
  n: number,
  milestone: number,
  number: string,
  start: string,
  end: string,
  budget: number | null,
) => ({
  id: uuid(n),
  milestoneId: uuid(milestone),
  number,
  description: `Action ${number}`,
  outputs: null,
  startDate: start,
  endDate: end,
  budgetAmount: budget,
});

const input = (quarter: string): FiguresInput => ({
  calendar: defaultCalendar,
  quarter,
  today: '2027-01-20',
  strategies: [
    { id: uuid(10), number: '1.1', title: 'Guided reading in every K–3 classroom', practiceCodes: ['3c'] },
    { id: uuid(11), number: '1.2', title: 'Family reading nights', practiceCodes: ['4c'] },
  ],
  milestones: [
    {
      id: uuid(20),
      strategyId: uuid(10),
      number: '1.1.1',
      title: 'Coaching cycles for new teachers',
      dueDate: '2027-03-01',
    },
    {
      id: uuid(21),
      strategyId: uuid(10),
      number: '1.1.2',
      title: 'Common benchmark review',
      dueDate: '2026-12-15',
    },
    { id: uuid(22), strategyId: uuid(11), number: '1.2.1', title: 'Two family nights held', dueDate: null },
  ],
  actions: [
    action(30, 20, '1.1.1.1', '2026-08-01', '2026-10-31', 1000),
    action(31, 20, '1.1.1.2', '2026-09-01', '2026-12-31', 500),
    action(32, 21, '1.1.2.1', '2026-09-15', '2027-01-15', 250.5),
  ],
  reports: [
    report(uuid(30), '2026-09', 'on_track', { resourcesUsed: 'Coach time', budgetUsed: 300 }),
    report(uuid(30), '2026-10', 'completed', { outputsDone: 'Coaching schedule published', budgetUsed: 400 }),
    report(uuid(31), '2026-11', 'at_risk', {
      cause: 'Substitute shortage',
      adjustment: 'Use PLC time for observations',
      outputsDone: 'Two coaching cycles',
      comment: 'Teachers asked for more modelling.',
      resourcesUsed: 'Substitutes',
      budgetUsed: 200,
    }),
    report(uuid(31), '2026-12', 'behind', {
      cause: 'Coach on leave',
      adjustment: 'Principal leads two cycles',
      budgetUsed: 100.5,
    }),
    report(uuid(32), '2026-11', 'on_track'),
    report(uuid(32), '2027-01', 'completed', {
      outputsDone: 'Benchmark results shared with teams',
      budgetUsed: 50,
    }),
  ],
  reviews: [
    {
      milestoneId: uuid(21),
      semester: '2026-S1',
      completed: false,
      behind: true,
      cause: 'Benchmark window moved',
      adjustment: 'Review in January',
    },
  ],
});

const figures = (quarter: string): ImplementationFigures => ({
  organizationId,
  planId,
  ...quarterFigures(input(quarter)),
});

const measure: MeasureProgress = {
  measureId: uuid(40),
  planId,
  owner: { kind: 'goal', id: uuid(41), number: '1', title: 'Every student reads at grade level' },
  indicator: 'Students reading at grade level (%)',
  unit: '%',
  metric: { id: uuid(42), code: 'read-gl', name: 'Reading at grade level', better: 'higher' },
  rows: [
    {
      label: 'All students',
      breakdown: '',
      baseline: 42,
      years: [
        {
          year: 2026,
          label: '2026–27',
          target: 50,
          targetText: 'at least 50%',
          actual: 46.5,
          actualPeriod: '2026-Q2',
          standing: 'on_track',
        },
      ],
      series: [{ period: '2026-Q1', value: 44 }],
    },
    {
      label: 'Grade 3',
      breakdown: 'grade-3',
      baseline: 38,
      years: [
        {
          year: 2026,
          label: '2026–27',
          target: 45,
          targetText: 'at least 45%',
          actual: null,
          actualPeriod: null,
          standing: 'no_data',
        },
      ],
      series: [],
    },
  ],
  reviews: [
    {
      year: 2026,
      explanation: 'Mid-year benchmark shows steady growth.',
      adjustments: null,
      version: 1,
      updatedAt: '2027-01-10T00:00:00.000Z',
    },
  ],
  abilities: { linkMetric: false, review: false },
};

const support: Support = {
  id: uuid(50),
  organization: { id: organizationId, name: 'Cedar Elementary' },
  respondent: { id: uuid(51), name: 'Lake District' },
  planId,
  strategy: { id: uuid(10), number: '1.1', title: 'Guided reading in every K–3 classroom' },
  milestone: null,
  practiceCode: '3c',
  need: 'Coaching on small-group reading for two new teachers.',
  status: 'provided',
  response: 'Our literacy coach will visit weekly.',
  providerOrganization: { id: uuid(51), name: 'Lake District' },
  providerVendor: null,
  description: 'Weekly coaching visits by the district literacy coach.',
  startDate: '2026-11-01',
  endDate: '2027-01-31',
  howUsed: 'Modelled lessons and co-planning.',
  effectivenessRating: 4,
  effectivenessExplanation: 'Both teachers now run guided groups daily.',
  requestedBy: null,
  requestedAt: null,
  answeredBy: null,
  answeredAt: null,
  createdAt: '2026-10-20T00:00:00.000Z',
  updatedAt: '2027-01-12T00:00:00.000Z',
  version: 3,
  abilities: { respond: false, evaluate: false },
};

export function quarterlyReportFixture(): QuarterlyReport {
  return {
    organization: { id: organizationId, name: 'Cedar Elementary', kind: 'school' },
    plan: { id: planId, title: 'Cedar Elementary Improvement Plan' },
    period: '2026-Q2',
    startDate: '2026-11-01',
    endDate: '2027-01-31',
    narrative: {
      text: 'Coaching cycles slowed in December when our coach went on leave.\n\nThe principal led two cycles, and benchmark results were shared in January.',
      version: 2,
      updatedAt: '2027-01-18T15:00:00.000Z',
      updatedBy: { id: uuid(60), name: 'Lena Lead' },
    },
    implementation: figures('2026-Q2'),
    earlierQuarters: [figures('2026-Q1')],
    performance: [measure],
    supports: [support],
    adjustments: [
      {
        id: uuid(70),
        organization: { id: organizationId, name: 'Cedar Elementary' },
        plan: { id: planId, title: 'Cedar Elementary Improvement Plan' },
        planVersion: null,
        strategy: null,
        milestone: { id: uuid(20), number: '1.1.1', title: 'Coaching cycles for new teachers' },
        summary: 'Coaching cycles move to Tuesdays.',
        cause: 'Substitutes are scarce on Fridays.',
        evidence: 'November and December status reports.',
        decidedBy: 'School leadership team',
        decidedOn: '2026-12-10',
        createdBy: null,
        createdAt: '2026-12-10T00:00:00.000Z',
        link: null,
      },
    ],
    abilities: { editNarrative: true },
  };
}
