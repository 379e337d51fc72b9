import type { DemoMeasureLink, DemoMetric, DemoObservationBatch } from './types';

/**
 * The state's benchmark metrics, which every school reports against, and Hudson Middle School's own
 * lesson-plan metric. Values are aggregates by grade, never a student's record.
 */
export const demoMetrics: DemoMetric[] = [
  {
    organization: 'state',
    code: 'STATE-READING',
    name: 'Reading benchmark proficiency (%)',
    description: 'Students at or above proficient on the state reading benchmark, given each quarter.',
    kind: 'leading',
    unit: 'percent',
    better: 'higher',
    dataSource: 'State interim benchmark assessments',
  },
  {
    organization: 'state',
    code: 'STATE-MATH',
    name: 'Math benchmark proficiency (%)',
    description: 'Students at or above proficient on the state mathematics benchmark, given each quarter.',
    kind: 'leading',
    unit: 'percent',
    better: 'higher',
    dataSource: 'State interim benchmark assessments',
  },
  {
    organization: 'state',
    code: 'STATE-GROWTH',
    name: 'Students meeting growth targets (%)',
    description:
      'Annual values come from the state growth model; quarterly values are projections from the benchmarks.',
    kind: 'lagging',
    unit: 'percent',
    better: 'higher',
    dataSource: 'State assessments using the state growth model',
  },
  {
    organization: 'state',
    code: 'STATE-MATH-GROWTH',
    name: 'Students meeting growth targets in mathematics (%)',
    description:
      'Annual values come from the state growth model; quarterly values are projections from the benchmarks.',
    kind: 'lagging',
    unit: 'percent',
    better: 'higher',
    dataSource: 'State assessments using the state growth model',
  },
  {
    organization: 'hudson-ms',
    code: 'HMS-LESSON-PLANS',
    name: 'Lesson plans standards-based with a personalization enhancement (%)',
    description: 'From the quarterly review of a sample of lesson plans against the personalization rubric.',
    kind: 'leading',
    unit: 'percent',
    better: 'higher',
    dataSource: 'Lesson Design Studio',
  },
];

const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
const projected = 'Projected from the fall benchmark.';

type Series = Record<string, number[]>;

/** One metric's values by breakdown ('' is all students), one per period in `periods`. */
function rows(metric: string, periods: string[], series: Series, note?: string) {
  return Object.entries(series).flatMap(([breakdown, values]) =>
    values.map((value, i) => ({ metric, period: periods[i], breakdown, value, ...(note ? { note } : {}) })),
  );
}

/**
 * Hudson Middle School: seventh-grade mathematics lowest, as the needs assessment found, and the first gains
 * of the new school year in the fall benchmark.
 */
const hudsonMiddle: DemoObservationBatch[] = [
  {
    organization: 'hudson-ms',
    recorder: 'district.admin@example.org',
    at: '2026-09-30T16:00:00Z',
    items: [
      ...rows('STATE-READING', quarters, {
        '': [38, 40, 41, 43, 44],
        'Grade 6': [41, 43, 44, 46, 47],
        'Grade 7': [33, 35, 36, 38, 40],
        'Grade 8': [40, 42, 43, 45, 45],
      }),
      ...rows('STATE-MATH', quarters, {
        '': [24, 25, 27, 28, 31],
        'Grade 6': [29, 30, 32, 33, 35],
        'Grade 7': [14, 15, 16, 17, 22],
        'Grade 8': [28, 29, 31, 32, 34],
      }),
      ...rows('STATE-GROWTH', ['2024', '2025'], { '': [21, 18] }),
      ...rows('STATE-GROWTH', ['2026-Q1'], { '': [24] }, projected),
      ...rows('STATE-MATH-GROWTH', ['2025'], { 'Grade 6': [21], 'Grade 7': [12], 'Grade 8': [19] }),
      ...rows(
        'STATE-MATH-GROWTH',
        ['2026-Q1'],
        { 'Grade 6': [27], 'Grade 7': [20], 'Grade 8': [25] },
        projected,
      ),
    ],
  },
  {
    organization: 'hudson-ms',
    recorder: 'principal@example.org',
    at: '2026-11-03T16:30:00Z',
    items: rows('HMS-LESSON-PLANS', ['2025', '2026-Q1'], { '': [26, 38] }),
  },
];

/** Grades each school tests and where its reading and math results start, by demo key. */
const otherSchools: { organization: string; grades: string[]; reading: number; math: number }[] = [
  { organization: 'hudson-hs', grades: ['Grade 9', 'Grade 10'], reading: 52, math: 37 },
  { organization: 'hudson-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 55, math: 50 },
  { organization: 'lincoln-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 41, math: 43 },
  { organization: 'washington-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 33, math: 30 },
  { organization: 'riverside-hs', grades: ['Grade 9', 'Grade 10'], reading: 48, math: 35 },
  { organization: 'riverside-ms', grades: ['Grade 6', 'Grade 7', 'Grade 8'], reading: 50, math: 42 },
  { organization: 'eastside-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 35, math: 34 },
  { organization: 'westside-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 58, math: 54 },
  { organization: 'pinevalley-hs', grades: ['Grade 9', 'Grade 10'], reading: 61, math: 47 },
  { organization: 'pinevalley-ms', grades: ['Grade 6', 'Grade 7', 'Grade 8'], reading: 46, math: 38 },
  { organization: 'cedarcreek-es', grades: ['Grade 3', 'Grade 4', 'Grade 5'], reading: 63, math: 59 },
];

/** A school's quarter-by-quarter series: a small rise each quarter, grades a few points apart. */
function benchmarkSeries(start: number, grades: string[], step: number): Series {
  const line = (base: number) => quarters.map((_, q) => Math.round((base + q * step) * 10) / 10);
  return Object.fromEntries([
    ['', line(start)],
    ...grades.map((grade, g) => [grade, line(start + (g - (grades.length - 1) / 2) * 3)]),
  ]);
}

/** The state's data office enters the other schools' benchmark results each quarter. */
const others: DemoObservationBatch[] = otherSchools.map((school, i) => ({
  organization: school.organization,
  recorder: 'state.admin@example.org',
  at: '2026-10-06T15:00:00Z',
  items: [
    ...rows('STATE-READING', quarters, benchmarkSeries(school.reading, school.grades, 1 + (i % 3) * 0.5)),
    ...rows('STATE-MATH', quarters, benchmarkSeries(school.math, school.grades, 0.5 + (i % 2))),
  ],
}));

export const demoObservations: DemoObservationBatch[] = [...hudsonMiddle, ...others];

/**
 * Hudson Middle School's growth targets in mathematics by grade and its lesson-plan strategy measure read
 * their actuals from these; the overall growth measure is left for the team to link.
 */
export const demoMeasureLinks: DemoMeasureLink[] = [
  {
    organization: 'hudson-ms',
    owner: { kind: 'goal', number: '1' },
    position: 1,
    metric: 'STATE-MATH-GROWTH',
    by: 'principal@example.org',
  },
  {
    organization: 'hudson-ms',
    owner: { kind: 'strategy', number: '1.1' },
    position: 0,
    metric: 'HMS-LESSON-PLANS',
    by: 'principal@example.org',
  },
];
