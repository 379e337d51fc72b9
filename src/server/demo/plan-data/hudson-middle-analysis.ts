import type { DemoPlan } from './types';

/** Hudson Middle School's SWOT and root-cause analyses (the document's 5 Whys on seventh-grade mathematics, and a fishbone). */
export const hudsonMiddleSwot: DemoPlan['swot'] = [
  {
    key: 'teams',
    quadrant: 'strength',
    statement: 'Instructional teams meet in common planning time four days a week.',
    evidence:
      'Master schedule 2025–26: every grade-level team has 45 minutes of common planning four days a week; meeting notes kept for 31 of 36 weeks.',
    leverage:
      'Use the planning time the teams already have to write standards-aligned units and example lesson plans, rather than adding meetings.',
  },
  {
    key: 'coach',
    quadrant: 'strength',
    statement: 'A full-time mathematics instructional coach.',
    evidence:
      'Position funded through Title I since 2024; coaching logs show 120 classroom visits in 2025–26.',
    leverage:
      'The coach leads the mathematics unit writing and models personalized lessons in grade 7 first.',
  },
  {
    key: 'studio',
    quadrant: 'opportunity',
    statement: 'The district’s Lesson Design Studio and its library of standards-aligned units.',
    evidence: 'The district opens the Studio to every middle school in 2026–27, with training in August.',
    leverage:
      'Build our example lesson plans in the Studio, so the quality of lesson plans can be measured every quarter and shared with other schools.',
  },
  {
    key: 'induction',
    quadrant: 'opportunity',
    statement: 'The district’s induction program with trained mentors.',
    evidence: 'District human resources: 88% of first-year teachers were retained district-wide in 2025–26.',
    leverage: 'Pair each teacher new to the school with a trained mentor in the same subject.',
  },
  {
    key: 'math7',
    quadrant: 'weakness',
    statement: 'Low student math performance in seventh grade.',
    evidence:
      'State assessment 2025–26: 12% of seventh graders met their growth targets in mathematics, against 21% in grade 6 and 19% in grade 8; 14% of seventh graders were proficient.',
  },
  {
    key: 'turnover',
    quadrant: 'weakness',
    statement: 'High teacher turnover.',
    evidence:
      'Teacher retention was 71% from 2024–25 to 2025–26 (district: 88%). Two of the grade 7 mathematics teachers are new and one position is held by a long-term substitute.',
  },
  {
    key: 'lessons',
    quadrant: 'weakness',
    statement: 'Few lesson plans are standards-based and personalize instruction.',
    evidence:
      'Spring 2026 review: 26% of lesson plans were standards-based and included at least one enhancement to personalize instruction.',
  },
  {
    key: 'shortage',
    quadrant: 'threat',
    statement: 'A regional shortage of certified mathematics teachers.',
    evidence: 'The district received three applicants per middle-school mathematics opening in 2026.',
  },
  {
    key: 'funding',
    quadrant: 'threat',
    statement: 'School improvement funds end after three years.',
    evidence: 'The CSI school improvement grant award runs through June 2029.',
  },
];

export const hudsonMiddleRootCauses: DemoPlan['rootCauses'] = [
  {
    key: 'whys',
    method: 'five_whys',
    problem: 'Low student math performance in seventh grade.',
    whys: [
      {
        question: 'Why is student math performance in seventh grade low?',
        answer: "Students aren't learning and applying math concepts.",
        evidence:
          'Benchmark item analysis: seventh graders answer most procedural items but miss most multi-step and application items.',
      },
      {
        question: "Why aren't students learning and applying math concepts?",
        answer: 'Math teachers lack instructional strategies and pedagogy to provide adequate instruction.',
        evidence:
          'Spring 2026 walkthroughs: 3 of 13 observed grade 7 lessons offered tasks at different levels; most were whole-class explanation followed by worksheets.',
      },
      {
        question: 'Why do math teachers lack instructional strategies and pedagogy?',
        answer: 'Two teachers are new and one is a long term substitute.',
        evidence: 'Staffing roster 2025–26.',
      },
      {
        question: 'Why are two teachers new and one a long term substitute?',
        answer: 'There is high teacher turnover at the school.',
        evidence: 'Teacher retention 71% from 2024–25 to 2025–26, against 88% across the district.',
      },
      {
        question: 'Why is there high teacher turnover at the school?',
        answer:
          'School culture is not supportive of new staff and the new induction program is not sufficient.',
        evidence:
          'Exit interviews and the staff survey: 7 of 9 teachers who left named isolation in their first year; new teachers met their mentor twice a semester on average.',
      },
    ],
    rootCause:
      'School culture is not supportive of new staff and the new induction program is not sufficient.',
    swot: 'math7',
  },
  {
    key: 'fishbone',
    method: 'fishbone',
    problem: 'Few students meet their growth targets (18% in 2025–26).',
    categories: [
      {
        name: 'Instruction',
        causes: [
          {
            text: 'Lessons are planned for the whole class, with little personalization.',
            evidence:
              '26% of lesson plans in the spring review personalized instruction; walkthrough notes agree.',
            actionable: true,
            priority: 'high',
          },
          {
            text: 'Teachers have no example lesson plans showing what personalized instruction looks like.',
            evidence: 'Teacher survey: 68% asked for examples of personalized lessons in their subject.',
            actionable: true,
            priority: 'high',
          },
        ],
      },
      {
        name: 'Curriculum and materials',
        causes: [
          {
            text: 'Units are not yet aligned to the revised state standards.',
            evidence:
              'Curriculum audit 2025: 40% of mathematics units in grades 6–8 aligned to the revised standards.',
            actionable: true,
            priority: 'high',
          },
        ],
      },
      {
        name: 'Staff and talent',
        causes: [
          {
            text: 'High turnover leaves new teachers and a long-term substitute in grade 7 mathematics.',
            evidence: 'See the 5 Whys on seventh-grade mathematics.',
            actionable: true,
            priority: 'high',
          },
          {
            text: 'Mentors meet new teachers twice a semester, not every week.',
            evidence: 'Mentoring logs 2025–26.',
            actionable: true,
            priority: 'medium',
          },
        ],
      },
      {
        name: 'Leadership and systems',
        causes: [
          {
            text: 'Common planning time is spent mostly on operations rather than instruction.',
            evidence: 'Team meeting notes 2025–26: 60% of agenda items were schedules, duties and events.',
            actionable: true,
            priority: 'medium',
          },
          {
            text: 'Lesson plans are collected but not reviewed with feedback.',
            evidence: 'No lesson-plan feedback recorded in 2025–26.',
            actionable: true,
            priority: 'medium',
          },
        ],
      },
      {
        name: 'Students and families',
        causes: [
          {
            text: 'Many students arrive in grade 6 two or more years behind in mathematics.',
            evidence: 'Fall 2025 benchmark: 38% of sixth graders two or more grade levels behind.',
            actionable: true,
            priority: 'medium',
          },
          {
            text: 'Student mobility: many students enroll after the school year starts.',
            evidence: '22% of students enrolled after October 1 in 2025–26.',
            actionable: false,
            priority: 'low',
          },
        ],
      },
      {
        name: 'Resources and time',
        causes: [
          {
            text: 'Intervention time is 25 minutes a day, shared with advisory.',
            evidence: 'Bell schedule 2025–26.',
            actionable: true,
            priority: 'low',
          },
          {
            text: 'A regional shortage of certified mathematics teachers.',
            evidence: 'Three applicants per mathematics opening in 2026.',
            actionable: false,
            priority: 'low',
          },
        ],
      },
    ],
    rootCause:
      'Teachers have no shared, standards-aligned units or example lesson plans that show how to personalize instruction, and the time they plan together is not used for it.',
    swot: 'lessons',
  },
];
