import { atLeast, type DemoPlan } from './types';

/** Hudson High School: a smaller plan, complete (no open quality checks) and not yet sent for signature. */
export const hudsonHighPlan: DemoPlan = {
  organization: 'hudson-hs',
  title: 'Hudson High School Improvement Plan',
  startYear: 2026,
  years: 3,
  createdAt: '2026-09-08T14:00:00Z',
  sources: [],
  direction: {
    vision: 'Every Hudson High School graduate is prepared for college, career and community engagement.',
    mission:
      'Hudson High School offers each student in grades 9 to 12 rigorous courses, timely help and an adult who knows them well, so that every student graduates with a plan for what comes next.',
    glossary: [
      {
        term: 'On track',
        definition:
          'A ninth grader who has earned at least five full-year credits and failed no more than one semester of a core course.',
      },
      {
        term: 'Early warning system',
        definition:
          'The district’s weekly report of attendance, behavior and course performance flags for each student.',
      },
      {
        term: 'TSI',
        definition:
          'Targeted Support and Improvement: the federal designation for a school where a group of students, here students with disabilities, is consistently underperforming.',
      },
    ],
    leadershipTeam: [
      { name: 'Angela Ruiz', position: 'Principal' },
      { name: 'David Okoro', position: 'Assistant principal, ninth-grade academy' },
      { name: 'Jennifer Walsh', position: 'Counseling lead' },
      { name: 'Samuel Greene', position: 'Mathematics department chair' },
      { name: 'Renee Foster', position: 'Special education department chair' },
    ],
  },
  needs: {
    elements: {
      checked: [
        'demographics_student',
        'outcomes_assessments',
        'outcomes_graduation_rates',
        'outcomes_postsecondary_success',
        'engagement_attendance',
        'engagement_behavior',
        'opportunities_enrollment',
        'professional_practice',
      ],
      other: {},
    },
    process:
      'The leadership team reviewed four years of graduation, credit and early warning data by student group in August 2026, and the ninth-grade teams analyzed why students fall off track with the 5 Whys.',
    stakeholderInput:
      'Students who had recovered credits and their families were interviewed, and the draft plan was discussed with the school council in September.',
  },
  goals: [
    {
      key: 'graduate',
      statement:
        'Each student will meet his or her growth targets each year and graduate prepared for college, career, and community engagement.',
      explanation:
        'Graduation opens every door that follows, and the ninth grade decides most of it: students who finish ninth grade on track are three times as likely to graduate. The school is identified for targeted support because students with disabilities graduate far less often than their classmates.',
      measures: [
        {
          indicator: 'The percentage of students graduating from high school',
          dataSource: 'Adjusted cohort graduation rate',
          unit: '%',
          rows: [
            {
              label: null,
              baseline: 78,
              baselineAsOf: '2026-08-31',
              targets: [atLeast(2026, 81), atLeast(2027, 85)],
            },
            {
              label: 'Students with disabilities',
              baseline: 54,
              baselineAsOf: '2026-08-31',
              targets: [atLeast(2026, 60), atLeast(2027, 67)],
            },
          ],
        },
      ],
    },
  ],
  swot: [
    {
      key: 'academy',
      quadrant: 'strength',
      statement: 'A ninth-grade academy with shared teacher teams.',
      evidence: 'Ninth graders share four core teachers per team; teams meet twice a week.',
      leverage: 'Use the team meetings for a monthly early warning review of every ninth grader.',
    },
    {
      key: 'off-track',
      quadrant: 'weakness',
      statement: 'Too many ninth graders fall off track.',
      evidence:
        '2025–26: 27% of ninth graders ended the year off track, and 41% of ninth graders with disabilities.',
    },
  ],
  rootCauses: [
    {
      key: 'whys',
      method: 'five_whys',
      problem: 'Too many ninth graders fall off track.',
      whys: [
        {
          question: 'Why do ninth graders fall off track?',
          answer: 'They fail core courses in the first semester.',
          evidence: '68% of off-track ninth graders failed at least one core course by January.',
        },
        {
          question: 'Why do they fail in the first semester?',
          answer: 'Help starts only after the first-quarter grades are posted.',
          evidence: 'Intervention log: the median start of an intervention was week 11.',
        },
        {
          question: 'Why does help start so late?',
          answer: 'Nobody reviews early warning flags with the teachers who could act on them.',
          evidence:
            'Early warning reports are emailed weekly; none were discussed in team meetings in 2025–26.',
        },
      ],
      rootCause:
        'The ninth-grade teams have no routine for reviewing early warning data and starting interventions.',
      swot: 'off-track',
    },
  ],
  priorities: [
    {
      key: 'on-track',
      title: 'Every ninth grader on track',
      description:
        'Teams act on early warning data within two weeks, with particular attention to students with disabilities.',
      swot: ['off-track', 'academy'],
      rootCauses: ['whys'],
      strategies: [
        {
          key: 'reviews',
          title: 'Monthly early warning reviews in the ninth-grade teams',
          toaIf: 'hold a monthly early warning data review for every ninth grader in the ninth-grade teams',
          toaThen:
            'teachers and counselors will find students falling off track and start an intervention within two weeks',
          toaAnd:
            'each student will meet his or her growth targets each year and graduate prepared for college, career, and community engagement',
          practiceCodes: ['1b', '3a'],
          goals: ['graduate'],
          rationale:
            'Help arrives too late because early warning data are not reviewed by the people who can act on them; a monthly review in the teams that already meet closes that gap.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practices 1b (monitor short- and long-term goals) and 3a (diagnose and respond to student learning needs).',
          measures: [
            {
              indicator:
                'Percentage of ninth graders flagged off track who begin an intervention within two weeks',
              dataSource: 'Early warning system intervention log',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 35,
                  baselineAsOf: '2026-06-12',
                  targets: [atLeast(2026, 70), atLeast(2027, 90)],
                },
              ],
            },
          ],
          milestones: [
            {
              title: 'Every ninth-grade team holds a monthly early warning review with a counselor.',
              dueDate: '2027-06-11',
              responsibleTeam: 'Ninth-grade academy',
              actions: [
                {
                  description:
                    'Train the ninth-grade teams to read early warning reports and choose interventions.',
                  outputs: 'A review protocol; training for four teams.',
                  startDate: '2026-09-14',
                  endDate: '2026-10-09',
                  budgetAmount: 3500,
                  fundingSource: 'Title I, Part A',
                  responsible: { name: 'David Okoro' },
                  collaborators: 'Jennifer Walsh, counseling lead',
                },
                {
                  description: 'Hold the monthly reviews and log each intervention and its start date.',
                  outputs: 'Monthly review notes; the intervention log.',
                  startDate: '2026-10-12',
                  endDate: '2027-06-11',
                  budgetAmount: 0,
                  fundingSource: null,
                  responsible: { name: 'Jennifer Walsh' },
                  collaborators: 'Ninth-grade teams; Renee Foster, special education department chair',
                },
              ],
            },
            {
              title:
                'The reviews extend to tenth grade, and interventions are matched to the causes the reviews find.',
              dueDate: '2028-06-09',
              responsibleTeam: 'School leadership team',
              actions: [
                {
                  description:
                    'Build a menu of interventions by cause (attendance, course failure, behavior) with their results.',
                  outputs: 'An intervention menu with results from 2026–27.',
                  startDate: '2027-08-16',
                  endDate: '2027-10-29',
                  budgetAmount: 2000,
                  fundingSource: 'Title I, Part A',
                  responsible: { name: 'Angela Ruiz' },
                  collaborators: 'Samuel Greene, mathematics department chair',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
