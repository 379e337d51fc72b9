import { atLeast, type DemoPlan } from './types';

/**
 * Lincoln Elementary School: a plan still being written, so its quality checks are open — a measure with
 * one target, a goal without a measure, a strategy without its "and" or a measure, a milestone without
 * actions, an action without a person and one without dates.
 */
export const lincolnElementaryPlan: DemoPlan = {
  organization: 'lincoln-es',
  title: 'Lincoln Elementary School Improvement Plan',
  startYear: 2026,
  years: 2,
  createdAt: '2026-10-05T14:00:00Z',
  sources: [],
  direction: {
    vision: 'Every Lincoln student reads with confidence and comes to school eager to learn.',
    mission:
      'Lincoln Elementary School teaches every child from kindergarten to grade 5 to read, write and reason well, in partnership with the families of our neighborhood.',
    glossary: [
      {
        term: 'Chronic absence',
        definition: 'Missing 10% or more of the school days a student is enrolled, for any reason.',
      },
      {
        term: 'Structured literacy',
        definition:
          'Explicit, systematic teaching of phonics, vocabulary and comprehension in a planned sequence.',
      },
    ],
    leadershipTeam: [
      { name: 'Gloria Hayes', position: 'Principal' },
      { name: 'Kevin Walsh', position: 'Reading specialist' },
      { name: 'Maya Singh', position: 'Family liaison' },
    ],
  },
  needs: {
    elements: {
      checked: ['demographics_student', 'outcomes_assessments', 'engagement_attendance', 'climate_culture'],
      other: {},
    },
    process:
      'The leadership team reviewed reading benchmark and attendance data in September 2026; the root cause analysis is still in progress.',
    stakeholderInput: null,
  },
  goals: [
    {
      key: 'reading',
      statement: 'Each student will meet his or her growth targets each year.',
      explanation: 'Reading by the end of grade 3 is the foundation of everything students learn afterwards.',
      measures: [
        {
          indicator: 'The percentage of students reading at grade level by the end of grade 3',
          dataSource: 'Spring reading benchmark',
          unit: '%',
          rows: [{ label: null, baseline: 41, baselineAsOf: '2026-06-05', targets: [atLeast(2026, 50)] }],
        },
      ],
    },
    {
      key: 'attendance',
      statement: 'Each student will attend school regularly, ready to learn.',
      explanation: 'Students who miss school miss the reading instruction they need most.',
      measures: [],
    },
  ],
  swot: [
    {
      key: 'absence',
      quadrant: 'weakness',
      statement: 'High chronic absence.',
      evidence: '2025–26: 24% of students chronically absent, and 31% in kindergarten.',
    },
    {
      key: 'families',
      quadrant: 'weakness',
      statement: 'Families seldom take part in school decisions.',
      evidence:
        'Four families attended the spring school council meeting; the family survey had a 19% response rate.',
    },
    {
      key: 'specialist',
      quadrant: 'strength',
      statement: 'A reading specialist trained in structured literacy.',
      evidence: 'State certification completed in 2025.',
      leverage: 'The specialist can lead the kindergarten to grade 3 course.',
    },
  ],
  rootCauses: [],
  priorities: [
    {
      key: 'families',
      title: 'Families engaged as partners in learning',
      description: 'Listen to families and act on what they tell us, starting with attendance.',
      swot: ['families', 'absence'],
      rootCauses: [],
      strategies: [
        {
          key: 'listening',
          title: 'Quarterly family listening sessions',
          toaIf: 'hold family listening sessions each quarter and act on what families tell us',
          toaThen:
            'teachers and staff will adjust family communication and attendance supports to what families need',
          toaAnd: null,
          practiceCodes: ['4b'],
          goals: ['attendance'],
          rationale: 'Families rarely come to school meetings, so we will go where they are and ask.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 4b: solicit and act upon stakeholder input.',
          measures: [],
          milestones: [
            {
              title:
                'Four listening sessions held, with what we heard and what we did published to families.',
              dueDate: '2027-06-11',
              responsibleTeam: 'Family engagement team',
              actions: [],
            },
          ],
        },
      ],
    },
    {
      key: 'reading',
      title: 'Reading instruction grounded in evidence',
      description: 'Structured literacy in every kindergarten to grade 3 classroom.',
      swot: ['specialist'],
      rootCauses: [],
      strategies: [
        {
          key: 'literacy',
          title: 'Structured literacy training for kindergarten to grade 3 teachers',
          toaIf:
            'train every kindergarten to grade 3 teacher in structured literacy and coach them in their classrooms',
          toaThen:
            'teachers will teach phonics, vocabulary and comprehension explicitly and in sequence every day',
          toaAnd: 'each student will meet his or her growth targets each year',
          practiceCodes: ['2b'],
          goals: ['reading'],
          rationale:
            'Walkthroughs found reading lessons that vary by classroom and few explicit phonics lessons.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 2b: target professional learning opportunities.',
          measures: [
            {
              indicator:
                'Percentage of kindergarten to grade 3 teachers who completed the structured literacy course',
              dataSource: 'Professional learning records',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 15,
                  baselineAsOf: '2026-09-30',
                  targets: [atLeast(2026, 60), atLeast(2027, 100)],
                },
              ],
            },
          ],
          milestones: [
            {
              title: 'Half of the kindergarten to grade 3 teachers complete the course.',
              dueDate: '2027-06-11',
              responsibleTeam: 'Literacy team',
              actions: [
                {
                  description: 'Enroll the first cohort of teachers in the structured literacy course.',
                  outputs: 'Course enrollment for eight teachers.',
                  startDate: '2026-11-02',
                  endDate: '2027-05-28',
                  budgetAmount: 12000,
                  fundingSource: 'Title II, Part A',
                  responsible: null,
                  collaborators: 'Kevin Walsh, reading specialist',
                },
              ],
            },
            {
              title: 'Every kindergarten to grade 3 teacher completes the course and is coached in class.',
              dueDate: '2028-06-09',
              responsibleTeam: 'Literacy team',
              actions: [
                {
                  description: 'Coach each teacher in class twice a month after the course.',
                  outputs: 'Coaching logs.',
                  startDate: null,
                  endDate: null,
                  budgetAmount: null,
                  fundingSource: null,
                  responsible: { name: 'Kevin Walsh' },
                  collaborators: null,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
