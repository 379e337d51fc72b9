import type { DemoPlan } from './types';

/** Hudson School District's SWOT and root-cause analyses. */
export const hudsonDistrictSwot: DemoPlan['swot'] = [
  {
    key: 'team',
    quadrant: 'strength',
    statement: 'A representative district leadership team that meets every week.',
    evidence:
      'Self-reflection 2026–27, element 1a2 rated consistently high: principals, human resources, finance, special education and curriculum attend; attendance above 90%.',
    leverage: 'The team reviews school plans every quarter and can route supports to schools quickly.',
  },
  {
    key: 'induction',
    quadrant: 'strength',
    statement: 'Induction for new teachers with mentors in every school.',
    evidence: 'Self-reflection 2026–27, element 2a3 rated moderate; 88% of first-year teachers retained.',
    leverage: 'Extend mentoring in identified schools first, with mentors matched by subject.',
  },
  {
    key: 'conferences',
    quadrant: 'strength',
    statement: 'Strong family conferences in the elementary schools.',
    evidence: 'Self-reflection 2026–27, Culture Shift: 91% of elementary families attend fall conferences.',
    leverage: 'Model the portfolio conferences at each transition grade on the elementary conferences.',
  },
  {
    key: 'pilot',
    quadrant: 'opportunity',
    statement: 'The state’s competency-based portfolio pilot.',
    evidence:
      'The State Department of Education offers pilot districts training and a portfolio platform from 2026–27.',
    leverage:
      'Write the district’s Learning Acquisition Portfolio guidelines with the pilot’s training and platform.',
  },
  {
    key: 'readiness',
    quadrant: 'weakness',
    statement: 'Too many students are not prepared when they move to the next school level.',
    evidence:
      'Competency-based performance portfolios 2025–26: 68% of fifth graders and 61% of eighth graders prepared.',
  },
  {
    key: 'talent',
    quadrant: 'weakness',
    statement: 'Our strongest teachers and principals are not placed where the need is greatest.',
    evidence:
      'Self-reflection 2026–27, element 2a2 rated consistently low: vacancies at CSI schools are filled last, and their hiring timeline trails the rest of the district by six weeks.',
  },
  {
    key: 'climate',
    quadrant: 'weakness',
    statement: 'Climate survey results are collected but not shared with schools or used.',
    evidence:
      'Self-reflection 2026–27, element 4b1 rated consistently low; response rate 61%; no report issued for 2025–26.',
  },
  {
    key: 'budget',
    quadrant: 'threat',
    statement: 'Budget cuts to the priority reforms.',
    evidence: 'LEA Sustainability Rubric 2026–27: the funds set aside for the priority reforms were removed.',
  },
];

export const hudsonDistrictRootCauses: DemoPlan['rootCauses'] = [
  {
    key: 'whys',
    method: 'five_whys',
    problem: 'Too many students are not prepared when they move to the next school level.',
    whys: [
      {
        question: 'Why are students not prepared when they move to the next school level?',
        answer: 'Gaps in their learning are found weeks after they arrive at the new school.',
        evidence:
          'Ninth-grade teachers report that first-quarter diagnostics are the first information they see on new students.',
      },
      {
        question: 'Why are the gaps found so late?',
        answer:
          'Schools pass on grades and test scores, but not evidence of what each student has learned and how.',
        evidence: 'Audit of transition records: cumulative folders hold report cards and state scores only.',
      },
      {
        question: 'Why is evidence of learning not passed on?',
        answer:
          'There are no district guidelines for what a student’s learning record holds or who builds it.',
        evidence:
          'No district procedure exists; the schools that keep portfolios each keep them differently.',
      },
      {
        question: 'Why are there no guidelines?',
        answer:
          'Transitions have been treated as paperwork between schools, without students and families taking part.',
        evidence:
          'Family survey 2026: 72% of eighth-grade families did not know which courses their child would take in grade 9.',
      },
    ],
    rootCause:
      'The district has no common guidelines for learning portfolios that teachers, students and families build together and carry from one school level to the next.',
    swot: 'readiness',
  },
  {
    key: 'fishbone',
    method: 'fishbone',
    problem: 'Identified schools start the year with vacancies and long-term substitutes.',
    categories: [
      {
        name: 'Hiring procedures',
        causes: [
          {
            text: 'Vacancies at identified schools are filled last, from whoever remains in the pool.',
            evidence:
              'Self-reflection 2026–27, element 2a2; hiring timeline six weeks behind the other schools.',
            actionable: true,
            priority: 'high',
          },
        ],
      },
      {
        name: 'Placement policy',
        causes: [
          {
            text: 'Transfer rules let teachers with the most seniority choose their school first.',
            evidence: 'Collective agreement, article 14.',
            actionable: true,
            priority: 'medium',
          },
        ],
      },
      {
        name: 'Support and development',
        causes: [
          {
            text: 'Mentors are assigned by availability, often in another building or subject.',
            evidence:
              'Mentor assignments 2025–26: 40% of mentors in identified schools worked in another building.',
            actionable: true,
            priority: 'medium',
          },
          {
            text: 'Plans for underperforming staff rarely reach a decision.',
            evidence: 'Self-reflection 2026–27, element 2c3 rated consistently low.',
            actionable: true,
            priority: 'high',
          },
        ],
      },
      {
        name: 'Labour market',
        causes: [
          {
            text: 'A regional shortage of certified mathematics and special education teachers.',
            evidence: 'Three applicants per mathematics opening in 2026.',
            actionable: false,
            priority: 'low',
          },
        ],
      },
    ],
    rootCause: 'District hiring, placement and mentoring procedures do not put identified schools first.',
    swot: 'talent',
  },
];
