import { hudsonMiddleRootCauses, hudsonMiddleSwot } from './hudson-middle-analysis';
import { atLeast, type DemoPlan, source002 } from './types';

const document = source002;

/**
 * Hudson Middle School, the source document's own example school: its goal and goal measure (Table 1),
 * its lesson-planning strategy coded 3c with the strategy measure, and its 5 Whys on seventh-grade
 * mathematics are taken from the document; the rest is written in the same spirit.
 */
export const hudsonMiddlePlan: DemoPlan = {
  organization: 'hudson-ms',
  title: 'Hudson Middle School Improvement Plan',
  startYear: 2026,
  years: 3,
  author: 'principal@example.org',
  createdAt: '2026-06-01T14:00:00Z',
  sources: [
    { document, section: '1. Set the direction, Example goals (school goal)' },
    { document, section: '1. Set the direction, Table 1: Example of goal performance measures (school row)' },
    { document, section: '2. Assess needs, Example 5Whys root cause' },
    { document, section: '3. Create a plan, Example domain-based strategies (school strategy, practice 3c)' },
    { document, section: '3. Create a plan, Example strategy measures (school)' },
  ],
  direction: {
    vision:
      'Every Hudson Middle School student leaves eighth grade a confident, capable learner, ready for high school and for the choices that follow.',
    mission:
      'Hudson Middle School gives every student in grades 6 through 8 standards-based, personalized instruction in a school where each student is known, supported and challenged to grow every year.',
    glossary: [
      {
        term: 'Growth target',
        definition:
          'The progress a student is expected to make in a school year, set by the state growth model from the student’s earlier scores. A student who starts behind can meet a growth target before reaching proficiency.',
      },
      {
        term: 'State growth model',
        definition:
          'The state’s method of comparing each student’s assessment results with those of students who started at the same level, used to report whether the student met a growth target.',
      },
      {
        term: 'Personalized instruction',
        definition:
          'Instruction planned so each student works on the standard at the right level of challenge, with choices, supports or extensions matched to what the student already knows.',
      },
      {
        term: 'Instructional team',
        definition:
          'The teachers of one grade or subject who plan together in common planning time, with the mathematics or literacy coach.',
      },
      {
        term: 'Lesson Design Studio',
        definition:
          'The district’s online tool in which teachers build and share lesson plans; it records whether a plan is standards-based and which enhancements personalize instruction.',
      },
      {
        term: 'CSI',
        definition:
          'Comprehensive Support and Improvement: the federal designation under the Every Student Succeeds Act (ESSA) for the lowest-performing schools in the state.',
      },
      {
        term: 'Theory of action',
        definition:
          'A strategy written as If we … then … and …: the practice we will put in place, what adults will do as a result, and what students will achieve.',
      },
    ],
    leadershipTeam: [
      { name: 'Karen Lee', position: 'Principal' },
      { name: 'Denise Carter', position: 'Assistant principal' },
      { name: 'Priya Natarajan', position: 'Math instructional coach' },
      { name: 'Marcus Johnson', position: 'Grade 7 math teacher' },
      { name: 'Sofia Ramirez', position: 'English language arts department chair' },
      { name: 'Michael Osei', position: 'Special education coordinator' },
      { name: 'Linda Park', position: 'Parent representative' },
      { name: 'Tom Becker', position: 'District turnaround lead and liaison' },
    ],
  },
  needs: {
    elements: {
      checked: [
        'demographics_student',
        'demographics_personnel',
        'policies_support_for_improvement',
        'outcomes_assessments',
        'outcomes_accountability_metrics',
        'outcomes_other',
        'engagement_attendance',
        'engagement_behavior',
        'opportunities_equity_of_access',
        'personnel_policy',
        'professional_practice',
        'climate_culture',
        'performance_management',
      ],
      other: { outcomes_other: 'Fall, winter and spring mathematics and reading benchmarks' },
    },
    process:
      'The leadership team led the needs assessment from March to May 2026 with the district liaison and the school’s turnaround coach. The team reviewed three years of state assessment and growth results by grade and student group, benchmark results, attendance, discipline and staffing records, and a spring review of lesson plans, and observed instruction in every mathematics classroom with the district walkthrough tool. Grade-level instructional teams then analyzed the weaknesses with the 5 Whys and a fishbone diagram, asking at each step for the evidence and whether the cause was one the school could act on, and the leadership team ranked the causes.',
    stakeholderInput:
      'Staff answered a survey on school culture and support for new teachers (84% responded). Two family evenings, in English and in Spanish, asked families what helps their children learn mathematics, and students in each grade took part in focus groups. The parent representative and the student council presented what they heard to the leadership team, and the draft priorities were shared at a staff meeting and a PTA meeting for comment before the plan was completed.',
  },
  goals: [
    {
      key: 'growth',
      statement: 'Each student will meet his or her growth targets each year.',
      explanation:
        'Only 18% of our students met their growth targets last year, which is why the school is identified for comprehensive support. Growth, more than proficiency alone, tells us whether each student — wherever they start — learns a year’s worth or more. Students who meet their growth targets every year arrive at high school ready to succeed, which is what our families and teachers want most.',
      measures: [
        {
          indicator: 'The percentage of students that meet growth goals each year',
          dataSource: 'State assessments using the state growth model',
          unit: '%',
          rows: [
            {
              label: null,
              baseline: 18,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 30), atLeast(2027, 50)],
            },
          ],
        },
        {
          indicator: 'The percentage of students that meet growth goals in mathematics, by grade',
          dataSource: 'State assessments using the state growth model',
          unit: '%',
          rows: [
            {
              label: 'Grade 6',
              baseline: 21,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 32), atLeast(2027, 50)],
            },
            {
              label: 'Grade 7',
              baseline: 12,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 30), atLeast(2027, 50)],
            },
            {
              label: 'Grade 8',
              baseline: 19,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 30), atLeast(2027, 50)],
            },
          ],
        },
      ],
    },
  ],
  swot: hudsonMiddleSwot,
  rootCauses: hudsonMiddleRootCauses,
  priorities: [
    {
      key: 'instruction',
      title: 'Standards-based, personalized instruction in every classroom',
      description:
        'Mathematics first, beginning in grade 7, then every core subject: the root causes are the lack of shared units and example lessons and a planning time not used for instruction.',
      swot: ['math7', 'lessons', 'teams', 'coach', 'studio'],
      rootCauses: ['fishbone', 'whys'],
      strategies: [
        {
          key: 'lesson-planning',
          title: 'Standards-aligned units and example lesson plans that personalize instruction',
          toaIf:
            'engage our instructional teams in developing standards-aligned units of instruction and example lesson plans that personalize instruction',
          toaThen: 'teachers will plan and deliver standards-based personalized instruction',
          toaAnd: 'each student will meet his or her growth targets each year',
          practiceCodes: ['3c'],
          goals: ['growth'],
          rationale:
            'Lessons are planned for the whole class and new teachers have no models to learn from. Units and example lesson plans written by our own instructional teams give every teacher, new or experienced, a clear picture of standards-based personalized instruction, and they stay in the school when teachers leave.',
          evidence: `Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 3c: remove barriers and provide opportunities. Strategy and measure from the example school plan in ${source002}`,
          measures: [
            {
              indicator:
                'Percentage of teacher lesson plans that are standards-based and include at least one enhancement to personalize instruction.',
              dataSource: 'Lesson Design Studio',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 26,
                  baselineAsOf: '2026-05-29',
                  targets: [atLeast(2026, 50), atLeast(2027, 80)],
                },
              ],
            },
          ],
          milestones: [
            {
              title:
                'Instructional teams develop standards-aligned units of instruction and example lesson plans for mathematics in grades 6–8.',
              dueDate: '2027-06-11',
              responsibleTeam: 'Mathematics instructional team',
              actions: [
                {
                  description:
                    'Train the instructional teams in unit design and in the Lesson Design Studio.',
                  outputs:
                    'A two-day summer institute; training materials; attendance of every core teacher.',
                  startDate: '2026-08-10',
                  endDate: '2026-08-21',
                  budgetAmount: 18500,
                  fundingSource: 'Title I, Part A',
                  responsible: { email: 'school.team@example.org' },
                  collaborators:
                    'District office of curriculum and instruction; Lesson Design Studio trainers',
                },
                {
                  description:
                    'Write standards-aligned mathematics units for grades 6–8, each with example lesson plans that personalize instruction.',
                  outputs:
                    'Eighteen units (six per grade), each with at least three example lesson plans, published in the Lesson Design Studio.',
                  startDate: '2026-09-01',
                  endDate: '2027-05-28',
                  budgetAmount: 24000,
                  fundingSource: 'Title I, Part A (stipends for after-school writing)',
                  responsible: { email: 'action.owner@example.org' },
                  collaborators:
                    'Grade 6 and grade 8 mathematics teachers; Michael Osei, special education coordinator',
                },
                {
                  description:
                    'Review a sample of lesson plans each quarter against the personalization rubric and give each teacher written feedback.',
                  outputs:
                    'Four quarterly lesson-plan review reports; written feedback to every mathematics teacher.',
                  startDate: '2026-10-01',
                  endDate: '2027-06-11',
                  budgetAmount: 0,
                  fundingSource: null,
                  responsible: { email: 'principal@example.org' },
                  collaborators:
                    'Denise Carter, assistant principal; Priya Natarajan, math instructional coach',
                },
              ],
            },
            {
              title:
                'English language arts, science and social studies teams develop units and example lesson plans; mathematics units are refined with student results.',
              dueDate: '2028-06-09',
              responsibleTeam: 'School leadership team',
              actions: [
                {
                  description:
                    'Extend the unit design training to the English language arts, science and social studies teams.',
                  outputs: 'A summer institute for three teams; a unit planning calendar for 2027–28.',
                  startDate: '2027-08-09',
                  endDate: '2027-08-20',
                  budgetAmount: 21000,
                  fundingSource: 'Title I, Part A',
                  responsible: { name: 'Sofia Ramirez' },
                  collaborators: 'District office of curriculum and instruction',
                },
                {
                  description:
                    'Refine the mathematics units using benchmark results and samples of student work.',
                  outputs: 'Revised grades 6–8 mathematics units, each with a note on what changed and why.',
                  startDate: '2027-09-07',
                  endDate: '2028-05-26',
                  budgetAmount: 8000,
                  fundingSource: 'School improvement grant (CSI)',
                  responsible: { email: 'school.team@example.org' },
                  collaborators: 'Mathematics instructional team',
                },
              ],
            },
            {
              title:
                'Every teacher plans from the school’s units; the units are shared in the district library.',
              dueDate: '2029-06-08',
              responsibleTeam: 'School leadership team',
              actions: [
                {
                  description:
                    'Publish the school’s units and example lesson plans in the district library and hold a showcase for district teachers.',
                  outputs: 'Units published in the district library; a showcase in March 2029.',
                  startDate: '2028-09-04',
                  endDate: '2029-03-30',
                  budgetAmount: 2500,
                  fundingSource: 'District general fund',
                  responsible: { email: 'principal@example.org' },
                  collaborators: 'Alicia Grant, district director of curriculum',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'new-teachers',
      title: 'A school culture that welcomes, develops and keeps new teachers',
      description:
        'From the 5 Whys: high turnover leaves seventh-grade mathematics with new teachers and a long-term substitute, because the school culture does not support new staff and induction is not sufficient.',
      swot: ['turnover', 'induction', 'shortage'],
      rootCauses: ['whys'],
      strategies: [
        {
          key: 'induction',
          title: 'Two-year induction with a trained mentor for every new teacher',
          toaIf:
            'give every teacher new to Hudson Middle School a two-year induction with a trained mentor in their subject, weekly mentoring and a welcoming grade-level team',
          toaThen:
            'new teachers will plan and teach with support from their first week and choose to stay at the school',
          toaAnd: 'each student will meet his or her growth targets each year',
          practiceCodes: ['2a'],
          goals: ['growth'],
          rationale:
            'The 5 Whys traced low seventh-grade mathematics performance to turnover, and turnover to a culture that does not support new staff and an induction that is not sufficient. Keeping the teachers we hire is the condition for every other improvement.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 2a: recruit, develop, retain and sustain talent. The district’s induction program retains 88% of first-year teachers.',
          measures: [
            {
              indicator: 'Percentage of teachers retained from one school year to the next',
              dataSource: 'District human resources staffing report',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 71,
                  baselineAsOf: '2026-06-30',
                  targets: [atLeast(2026, 80), atLeast(2027, 88)],
                },
              ],
            },
            {
              indicator: 'Percentage of first- and second-year teachers who meet their mentor every week',
              dataSource: 'Mentoring logs',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 20,
                  baselineAsOf: '2026-06-30',
                  targets: [atLeast(2026, 75), atLeast(2027, 90)],
                },
              ],
            },
          ],
          milestones: [
            {
              title:
                'Every new teacher has a trained mentor in their subject and a weekly mentoring schedule.',
              dueDate: '2027-06-11',
              responsibleTeam: 'Induction team',
              actions: [
                {
                  description:
                    'Match each new teacher with a trained mentor in the same subject before the first day of school.',
                  outputs: 'Mentor assignments; mentor stipend agreements.',
                  startDate: '2026-08-03',
                  endDate: '2026-08-21',
                  budgetAmount: 9000,
                  fundingSource: 'Title II, Part A',
                  responsible: { email: 'principal@example.org' },
                  collaborators: 'Tom Becker, district liaison; district human resources',
                },
                {
                  description:
                    'Hold weekly mentoring sessions and a monthly new-teacher circle led by the principal.',
                  outputs: 'Mentoring logs; agendas and notes of the monthly circles.',
                  startDate: '2026-08-24',
                  endDate: '2027-06-11',
                  budgetAmount: 4500,
                  fundingSource: 'Title II, Part A',
                  responsible: { name: 'Denise Carter' },
                  collaborators: 'Mentors; grade-level team leaders',
                },
              ],
            },
            {
              title:
                'Second-year teachers continue with their mentors; stay interviews shape the induction program.',
              dueDate: '2028-06-09',
              responsibleTeam: 'Induction team',
              actions: [
                {
                  description:
                    'Hold a stay interview with every teacher in their first three years at the school.',
                  outputs: 'A summary of the stay interviews; changes to induction for 2028–29.',
                  startDate: '2027-10-04',
                  endDate: '2028-03-31',
                  budgetAmount: 0,
                  fundingSource: null,
                  responsible: { email: 'principal@example.org' },
                  collaborators: 'Linda Park, parent representative; teacher representatives',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  signatures: [
    {
      email: 'principal@example.org',
      roleInPlan: 'Principal and leadership team chair',
      requestedAt: '2026-08-17T15:00:00Z',
      signed: { at: '2026-08-19T16:30:00Z', position: 'Principal' },
    },
    {
      email: 'district.liaison@example.org',
      roleInPlan: 'District liaison',
      requestedAt: '2026-08-17T15:00:00Z',
      signed: { at: '2026-08-24T13:10:00Z', position: 'District turnaround lead and liaison' },
    },
  ],
  comments: [
    {
      anchor: { type: 'strategy', key: 'lesson-planning' },
      comments: [
        {
          email: 'coach@example.org',
          at: '2026-09-15T18:20:00Z',
          body: 'The Lesson Design Studio will show whether a plan includes an enhancement, but how will the team know the enhancement actually personalizes instruction for students? Could the quarterly review look at student work alongside the plans?',
        },
        {
          email: 'school.team@example.org',
          at: '2026-09-17T12:05:00Z',
          body: 'Yes. From the second quarter we will bring three samples of student work for each plan we review, starting with grade 7.',
        },
        {
          email: 'coach@example.org',
          at: '2026-09-17T14:40:00Z',
          body: 'Good. That also gives the team evidence for the milestone review at the end of the semester.',
        },
      ],
    },
    {
      anchor: { type: 'rootCause', key: 'whys' },
      comments: [
        {
          email: 'district.liaison@example.org',
          at: '2026-08-10T17:00:00Z',
          body: 'Is the induction program that is not sufficient the school’s or the district’s? If part of the cause sits with the district, tell us: it may belong in the district plan as well.',
        },
        {
          email: 'principal@example.org',
          at: '2026-08-11T13:30:00Z',
          body: 'Both. The district assigns a mentor, but ours work in other buildings and meet new teachers twice a semester. We added strategy 2.1 and would welcome district help with matching mentors by subject.',
        },
      ],
      resolved: { email: 'principal@example.org', at: '2026-08-12T09:00:00Z' },
    },
  ],
};
