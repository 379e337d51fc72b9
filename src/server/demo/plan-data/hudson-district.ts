import { hudsonDistrictRootCauses, hudsonDistrictSwot } from './hudson-district-analysis';
import { atLeast, type DemoPlan, increase, source002 } from './types';

const document = source002;

/**
 * Hudson School District: the source document's LEA goal and goal measures (Table 1), its example
 * purpose statement adapted to the district, and its LEA strategy on Learning Acquisition Portfolios
 * coded 4c with the strategy measure. The needs assessment draws on the district's own demo
 * self-reflection, whose three weakest items were carried to the needs assessment.
 */
export const hudsonDistrictPlan: DemoPlan = {
  organization: 'hudson',
  title: 'Hudson School District Improvement Plan',
  startYear: 2026,
  years: 3,
  author: 'superintendent@example.org',
  createdAt: '2026-10-21T14:00:00Z',
  sources: [
    { document, section: '1. Set the direction, Example goals (LEA goal) and example purpose statement' },
    { document, section: '1. Set the direction, Table 1: Example of goal performance measures (LEA rows)' },
    { document, section: '3. Create a plan, Example domain-based strategies (LEA strategy, practice 4c)' },
    { document, section: '3. Create a plan, Example strategy measures (LEA)' },
  ],
  direction: {
    vision:
      'Every Hudson student moves from elementary to middle to high school ready to succeed, and graduates prepared for college, career and community engagement.',
    mission:
      'Hudson School District leads and supports its schools, and holds itself accountable, so that each student in every neighborhood of Hudson County learns and grows every year.',
    purposeIf: 'implement a system of school improvement with key common elements across all Hudson schools',
    purposeThen:
      'each school will have the responsive supports it needs to effectively implement its improvement plan',
    purposeAnd: 'student outcomes will improve',
    glossary: [
      {
        term: 'Learning Acquisition Portfolio',
        definition:
          'A collection of a student’s work, reflections and goals that teachers, the student and the family build together and use at each move to the next school level.',
      },
      {
        term: 'School level',
        definition:
          'Elementary school (kindergarten to grade 5), middle school (grades 6–8) and high school (grades 9–12).',
      },
      {
        term: 'Competency-based performance portfolio',
        definition:
          'The state’s portfolio review, scored against competencies, that shows whether a student leaving grade 5 or grade 8 is prepared for the next school level.',
      },
      {
        term: 'Responsive supports',
        definition:
          'Help the district gives a school because its implementation and results data show the need: coaching, people, training or funds.',
      },
      {
        term: 'Identified schools',
        definition:
          'Schools the state identifies for Comprehensive (CSI), Targeted (TSI) or Additional Targeted Support and Improvement (ATSI) under the Every Student Succeeds Act.',
      },
      {
        term: 'Strategic Performance Network',
        definition:
          'The state, its districts and their schools working with common plan elements — mission, goals, measures, strategies, milestones and actions — so implementation and results data flow between them.',
      },
    ],
    leadershipTeam: [
      { name: 'Maria Alvarez', position: 'Superintendent' },
      { name: 'Tom Becker', position: 'District turnaround lead and liaison' },
      { name: 'Alicia Grant', position: 'Director of curriculum' },
      { name: 'Lee Chen', position: 'District data coordinator' },
      { name: 'Paul Nguyen', position: 'Director of human resources' },
      { name: 'Ana Torres', position: 'Director of family engagement' },
      { name: 'Karen Lee', position: 'Principal, Hudson Middle School' },
    ],
  },
  needs: {
    elements: {
      checked: [
        'demographics_student',
        'demographics_community',
        'demographics_personnel',
        'policies_operations',
        'policies_learning_infrastructure',
        'policies_support_for_improvement',
        'outcomes_assessments',
        'outcomes_graduation_rates',
        'outcomes_accountability_metrics',
        'engagement_attendance',
        'opportunities_equity_of_access',
        'personnel_policy',
        'professional_practice',
        'climate_culture',
        'performance_management',
        'vendor_practices',
      ],
      other: {},
    },
    process:
      'The district leadership team completed the LEA Self-Reflection on the Four Domains in September and October 2026, each member rating alone with evidence before the team agreed a consensus, and carried its three weakest practices into this needs assessment. The team added the LEA Sustainability Rubric ratings, state assessment, growth and portfolio results by school and grade, human resources records and the school improvement plans of the five schools, and analyzed the two largest weaknesses with the 5 Whys and a fishbone diagram.',
    stakeholderInput:
      'Principals reviewed the self-reflection results at the October principals’ meeting. Community forums in each attendance zone and a family survey on school transitions (1,140 responses) gathered what families need when their children change schools, and the board reviewed the draft priorities in a public work session.',
  },
  goals: [
    {
      key: 'transition',
      statement:
        'Each student will meet his or her growth targets to successfully move to the next school level (elementary, junior or middle school, high school).',
      explanation:
        'The moves from elementary to middle school and from middle to high school are where too many Hudson students lose ground. A student who meets his or her growth targets and arrives at the next school prepared is far more likely to graduate, so the district measures both growth and readiness at each transition.',
      measures: [
        {
          indicator: 'The percentage of students that meet growth goals each year',
          dataSource: 'State assessments using the state growth model',
          unit: '%',
          rows: [
            {
              label: null,
              baseline: 64,
              baselineAsOf: '2026-06-30',
              targets: [increase(2026, 5), increase(2027, 10)],
            },
          ],
        },
        {
          indicator: 'The percentage of students who move to the next level prepared to succeed',
          dataSource: 'Competency-based performance portfolios',
          unit: '%',
          rows: [
            {
              label: 'Grade 5',
              baseline: 68,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 70), atLeast(2027, 80)],
            },
            {
              label: 'Grade 8',
              baseline: 61,
              baselineAsOf: '2026-06-30',
              targets: [atLeast(2026, 70), atLeast(2027, 80)],
            },
          ],
        },
      ],
    },
  ],
  swot: hudsonDistrictSwot,
  rootCauses: hudsonDistrictRootCauses,
  priorities: [
    {
      key: 'transitions',
      title: 'Students prepared for each move to the next school level',
      description:
        'Teachers, students and families build a record of learning together and use it at each transition, starting with grades 5 and 8.',
      swot: ['readiness', 'conferences', 'pilot'],
      rootCauses: ['whys'],
      strategies: [
        {
          key: 'portfolios',
          title: 'Guidelines for Learning Acquisition Portfolios',
          toaIf: 'develop guidelines for Learning Acquisition Portfolios',
          toaThen:
            'schools will have teachers, students, and families creating and using student learning portfolios',
          toaAnd:
            'each student will meet his or her growth targets to successfully move to the next school level (elementary, junior or middle school, high school)',
          practiceCodes: ['4c'],
          goals: ['transition'],
          rationale:
            'The 5 Whys found that evidence of what students have learned does not travel with them and that families have no part in transitions. Portfolios built by teachers, students and families together carry that evidence and bring families into each move.',
          evidence: `Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 4c: engage students and families in pursuing education goals. Strategy and measure from the example LEA plan in ${source002}`,
          measures: [
            {
              indicator: 'Percentage of schools with all students using Learning Acquisition Portfolios.',
              dataSource: 'Annual School Performance Report',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 26,
                  baselineAsOf: '2026-06-30',
                  targets: [atLeast(2026, 50), atLeast(2027, 90)],
                },
              ],
            },
          ],
          milestones: [
            {
              title:
                'Learning Acquisition Portfolio guidelines written with schools and families, and piloted in grades 5 and 8.',
              dueDate: '2027-06-30',
              responsibleTeam: 'Office of curriculum and instruction',
              actions: [
                {
                  description:
                    'Convene a portfolio design team of teachers, principals, students and families.',
                  outputs: 'Design team roster; meeting notes; draft guidelines.',
                  startDate: '2026-11-30',
                  endDate: '2027-01-29',
                  budgetAmount: 6000,
                  fundingSource: 'Title I, Part A (district set-aside)',
                  responsible: { email: 'curriculum.director@example.org' },
                  collaborators: 'Ana Torres, director of family engagement; state portfolio pilot team',
                },
                {
                  description:
                    'Pilot the guidelines in grade 5 at Lincoln and Washington Elementary Schools and in grade 8 at Hudson Middle School.',
                  outputs: 'Pilot portfolios for grades 5 and 8; a pilot evaluation report.',
                  startDate: '2027-02-01',
                  endDate: '2027-06-11',
                  budgetAmount: 15000,
                  fundingSource: 'State school improvement grant',
                  responsible: { email: 'district.liaison@example.org' },
                  collaborators: 'Principals of the three pilot schools',
                },
                {
                  description:
                    'Train principals and teacher leaders to hold portfolio conferences with families.',
                  outputs: 'Training for every school; a conference guide in English and Spanish.',
                  startDate: '2027-03-01',
                  endDate: '2027-05-28',
                  budgetAmount: 9000,
                  fundingSource: 'Title IV, Part A',
                  responsible: { email: 'curriculum.director@example.org' },
                  collaborators: 'Ana Torres, director of family engagement',
                },
              ],
            },
            {
              title:
                'Every school uses Learning Acquisition Portfolios at each transition grade, with portfolio conferences for families.',
              dueDate: '2028-06-30',
              responsibleTeam: 'Office of school improvement',
              actions: [
                {
                  description: 'Publish the final guidelines and portfolio templates.',
                  outputs: 'Guidelines and templates on the district site and in the portfolio platform.',
                  startDate: '2027-07-01',
                  endDate: '2027-08-13',
                  budgetAmount: 3000,
                  fundingSource: 'District general fund',
                  responsible: { email: 'curriculum.director@example.org' },
                  collaborators: 'Communications office',
                },
                {
                  description: 'Support each school’s launch with a district coaching visit every quarter.',
                  outputs: 'Quarterly visit notes for each school; supports logged by school.',
                  startDate: '2027-09-06',
                  endDate: '2028-06-09',
                  budgetAmount: 20000,
                  fundingSource: 'Title I, Part A (district set-aside)',
                  responsible: { email: 'district.liaison@example.org' },
                  collaborators: 'School leadership teams',
                },
                {
                  description: 'Report portfolio use by school in the Annual School Performance Report.',
                  outputs: 'Portfolio use by school in the 2027–28 report.',
                  startDate: '2028-06-01',
                  endDate: '2028-07-31',
                  budgetAmount: 0,
                  fundingSource: null,
                  responsible: { email: 'district.admin@example.org' },
                  collaborators: null,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'talent',
      title: 'Effective teachers and principals placed where the need is greatest',
      description:
        'Identified schools hire first, keep the teachers they hire and resolve underperformance within a year.',
      swot: ['talent', 'induction', 'budget'],
      rootCauses: ['fishbone'],
      candidates: ['2a2', '2c3'],
      strategies: [
        {
          key: 'staffing',
          title: 'Identified schools first in hiring, mentoring and support for staff performance',
          toaIf:
            'give identified schools first choice in hiring, a mentor in the same subject for every new teacher, and swift, supported improvement plans for underperforming staff',
          toaThen: 'identified schools will open each year fully staffed and keep their effective teachers',
          toaAnd:
            'each student will meet his or her growth targets to successfully move to the next school level (elementary, junior or middle school, high school)',
          practiceCodes: ['2a', '2c'],
          goals: ['transition'],
          rationale:
            'The fishbone traced the vacancies in identified schools to district procedures: a hiring calendar that serves them last, mentors assigned by availability and improvement plans that never conclude. These are the district’s to change.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practices 2a (recruit, develop, retain and sustain talent) and 2c (set clear performance expectations).',
          measures: [
            {
              indicator:
                'Percentage of teaching positions in identified schools filled by a certified teacher on the first day of school',
              dataSource: 'District human resources staffing report',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 82,
                  baselineAsOf: '2026-08-24',
                  targets: [atLeast(2027, 92), atLeast(2028, 97)],
                },
              ],
            },
          ],
          milestones: [
            {
              title:
                'Identified schools post and fill vacancies ahead of the district calendar; mentors are matched by subject.',
              dueDate: '2027-06-30',
              responsibleTeam: 'Human resources',
              actions: [
                {
                  description:
                    'Revise the hiring calendar so identified schools post and fill vacancies first.',
                  outputs: 'A revised hiring calendar adopted by the board.',
                  startDate: '2026-12-01',
                  endDate: '2027-03-31',
                  budgetAmount: 0,
                  fundingSource: null,
                  responsible: { name: 'Paul Nguyen' },
                  collaborators: 'Teachers’ association; principals of identified schools',
                },
                {
                  description:
                    'Match every new teacher in an identified school with a trained mentor in the same subject.',
                  outputs: 'Mentor assignments for 2027–28; mentor training records.',
                  startDate: '2027-04-05',
                  endDate: '2027-06-30',
                  budgetAmount: 12000,
                  fundingSource: 'Title II, Part A',
                  responsible: { email: 'district.liaison@example.org' },
                  collaborators: 'Paul Nguyen, director of human resources',
                },
              ],
            },
            {
              title: 'Improvement plans for underperforming staff reach a decision within one school year.',
              dueDate: '2028-06-30',
              responsibleTeam: 'Superintendent’s cabinet',
              actions: [
                {
                  description:
                    'Train the principals of identified schools in the evaluation system and in writing improvement plans with clear timelines.',
                  outputs:
                    'Training for the principals of identified schools; an improvement plan template with timelines.',
                  startDate: '2027-08-02',
                  endDate: '2027-10-29',
                  budgetAmount: 7500,
                  fundingSource: 'Title II, Part A',
                  responsible: { email: 'superintendent@example.org' },
                  collaborators: 'Paul Nguyen, director of human resources',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'climate',
      title: 'Stakeholder perceptions used to improve school climate',
      description: 'Climate survey results reach every school and shape each school’s priorities.',
      swot: ['climate'],
      rootCauses: [],
      candidates: ['4b1'],
      strategies: [
        {
          key: 'survey',
          title: 'Climate survey results reported to and used by every school',
          toaIf:
            'report climate survey results to every school each spring and coach leadership teams in acting on them',
          toaThen:
            'school leadership teams will use student, family and staff perceptions when they set their priorities',
          toaAnd:
            'each student will meet his or her growth targets to successfully move to the next school level (elementary, junior or middle school, high school)',
          practiceCodes: ['4b'],
          goals: ['transition'],
          rationale:
            'The survey is given every spring, but its results are neither shared with schools nor used in plans, so families and students see nothing come of their answers.',
          evidence:
            'Four Domains for Rapid School Improvement (Center on School Turnaround, 2017), practice 4b: solicit and act upon stakeholder input.',
          measures: [
            {
              indicator:
                'Percentage of school improvement plans whose needs assessment uses climate survey results',
              dataSource: 'District review of school improvement plans',
              unit: '%',
              rows: [
                {
                  label: null,
                  baseline: 20,
                  baselineAsOf: '2026-10-20',
                  targets: [atLeast(2026, 60), atLeast(2027, 100)],
                },
              ],
            },
          ],
          milestones: [
            {
              title: 'A climate survey report for every school, shared at a principals’ meeting.',
              dueDate: '2027-06-30',
              responsibleTeam: 'Data and accountability office',
              actions: [
                {
                  description: 'Produce a climate survey report for each school and a district summary.',
                  outputs: 'One report per school; a district summary for the board.',
                  startDate: '2027-04-05',
                  endDate: '2027-05-28',
                  budgetAmount: 4000,
                  fundingSource: 'District general fund',
                  responsible: { email: 'district.admin@example.org' },
                  collaborators: 'Survey vendor',
                },
              ],
            },
            {
              title: 'School leadership teams use the survey results in their needs assessments for 2028–29.',
              dueDate: '2028-06-30',
              responsibleTeam: 'Office of school improvement',
              actions: [
                {
                  description: 'Coach each school leadership team through its climate results.',
                  outputs: 'Coaching notes for each school; survey results cited in each needs assessment.',
                  startDate: '2027-09-07',
                  endDate: '2028-03-31',
                  budgetAmount: 6000,
                  fundingSource: 'Title I, Part A (district set-aside)',
                  responsible: { email: 'district.liaison@example.org' },
                  collaborators: 'Principals',
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
      email: 'superintendent@example.org',
      roleInPlan: 'Superintendent',
      requestedAt: '2026-11-03T15:00:00Z',
      signed: { at: '2026-11-05T17:45:00Z', position: 'Superintendent' },
    },
    {
      email: 'board.member@example.org',
      roleInPlan: 'School board representative',
      requestedAt: '2026-11-03T15:00:00Z',
    },
  ],
};
