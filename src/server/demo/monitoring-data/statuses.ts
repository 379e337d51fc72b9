import type { DemoReview, DemoStatusPlan } from './types';

/**
 * Monthly status from August to November 2026, the first months of the plans' first school year. Hudson
 * Middle School reports every action due: its mentoring slips in September when mentors from other buildings
 * cannot meet weekly, and its grade 7 unit writing is at risk in October with two new teachers and a
 * long-term substitute; both recover in November after the adjustments and the district's and state's
 * supports. The district reports its first action. Hudson High School and Lincoln Elementary School have
 * not reported yet, so the district sees its reporting gaps.
 */
export const demoStatuses: DemoStatusPlan[] = [
  {
    organization: 'hudson-ms',
    actions: [
      {
        action: '1.1.1.1',
        reporter: 'school.team@example.org',
        months: [
          {
            period: '2026-08',
            status: 'completed',
            percentComplete: 100,
            outputsDone:
              'Two-day summer institute held August 10–11 and 20–21; 41 of 43 core teachers attended; training materials published in the Lesson Design Studio.',
            resourcesUsed: 'Lesson Design Studio trainers; teacher stipends',
            budgetUsed: 17200,
            at: '2026-09-03T15:10:00Z',
          },
        ],
      },
      {
        action: '1.1.1.2',
        reporter: 'action.owner@example.org',
        months: [
          {
            period: '2026-09',
            status: 'on_track',
            percentComplete: 10,
            outputsDone: 'Unit calendar for 2026–27; grade 6 unit 1 drafted.',
            resourcesUsed: 'After-school writing stipends',
            budgetUsed: 2400,
            at: '2026-10-02T20:15:00Z',
          },
          {
            period: '2026-10',
            status: 'at_risk',
            percentComplete: 15,
            outputsDone: 'Grade 6 unit 1 published; grade 7 unit 1 drafted.',
            cause:
              'Two of the three grade 7 mathematics teachers are new and the third position is held by a long-term substitute; two after-school writing sessions were cancelled for lack of coverage.',
            adjustment:
              'The math coach co-writes the grade 7 units with the new teachers in common planning time; grade 7 unit 3 moves from November to December.',
            resourcesUsed: 'After-school writing stipends',
            budgetUsed: 1800,
            at: '2026-11-04T21:05:00Z',
          },
          {
            period: '2026-11',
            status: 'on_track',
            percentComplete: 30,
            outputsDone:
              'Grade 6 units 1–2 and grade 7 units 1–2 published in the Lesson Design Studio, each with three example lesson plans.',
            comment:
              'Back on pace: district staff, trained by the state in personalized learning, co-led two of our writing sessions.',
            resourcesUsed: 'After-school writing stipends; district curriculum staff',
            budgetUsed: 3600,
            at: '2026-12-02T19:40:00Z',
          },
        ],
      },
      {
        action: '1.1.1.3',
        reporter: 'principal@example.org',
        months: [
          {
            period: '2026-10',
            status: 'on_track',
            percentComplete: 25,
            outputsDone:
              'First quarterly review: 40 lesson plans sampled; written feedback to all 11 mathematics teachers.',
            comment:
              '38% of the plans reviewed were standards-based with an enhancement (26% in the spring).',
            at: '2026-11-03T16:00:00Z',
          },
          {
            period: '2026-11',
            status: 'on_track',
            percentComplete: 35,
            outputsDone: 'Follow-up visits to the grade 7 classrooms on the feedback given.',
            at: '2026-12-01T17:30:00Z',
          },
        ],
      },
      {
        action: '2.1.1.1',
        reporter: 'principal@example.org',
        months: [
          {
            period: '2026-08',
            status: 'at_risk',
            percentComplete: 60,
            outputsDone: 'Mentors assigned to 7 of 9 new teachers.',
            cause:
              'Two grade 7 mathematics teachers were hired on August 14 and no trained mathematics mentor is left in the building.',
            adjustment:
              'Ask the district to match mentors by subject from other schools; the assistant principal mentors both teachers until then.',
            budgetUsed: 6000,
            at: '2026-09-02T14:20:00Z',
          },
          {
            period: '2026-09',
            status: 'completed',
            percentComplete: 100,
            outputsDone:
              'Mentor assignments for all 9 new teachers, two of them mathematics mentors from Hudson High School matched by the district.',
            budgetUsed: 2800,
            at: '2026-10-01T15:45:00Z',
          },
        ],
      },
      {
        action: '2.1.1.2',
        reporter: 'principal@example.org',
        months: [
          {
            period: '2026-08',
            status: 'on_track',
            percentComplete: 5,
            outputsDone: 'First new-teacher circle held on August 27.',
            at: '2026-09-02T14:25:00Z',
          },
          {
            period: '2026-09',
            status: 'behind',
            percentComplete: 10,
            cause:
              'Mentors who work in other buildings met new teachers twice in September instead of weekly: 3 of 9 new teachers had weekly meetings (mentoring logs).',
            adjustment:
              'Weekly mentoring moves into Tuesday common planning time, and the district matches mentors by subject.',
            budgetUsed: 300,
            at: '2026-10-01T15:50:00Z',
          },
          {
            period: '2026-10',
            status: 'at_risk',
            percentComplete: 25,
            cause:
              '6 of 9 new teachers now meet their mentor weekly; the two mathematics mentors from Hudson High School start in November.',
            adjustment: 'The principal checks the mentoring logs every Friday; the circles continue monthly.',
            budgetUsed: 400,
            at: '2026-11-03T16:05:00Z',
          },
          {
            period: '2026-11',
            status: 'on_track',
            percentComplete: 40,
            outputsDone: 'Weekly mentoring for 8 of 9 new teachers (mentoring logs); monthly circles held.',
            budgetUsed: 400,
            at: '2026-12-01T17:35:00Z',
          },
        ],
      },
    ],
  },
  {
    organization: 'hudson',
    actions: [
      {
        action: '1.1.1.1',
        reporter: 'curriculum.director@example.org',
        months: [
          {
            period: '2026-11',
            status: 'on_track',
            percentComplete: 5,
            outputsDone: 'Design team roster: 6 teachers, 3 principals, 4 students and 5 family members.',
            comment: 'The design team met for the first time on November 30.',
            at: '2026-12-02T18:00:00Z',
          },
        ],
      },
    ],
  },
];

/** The leadership team's first semester review, in early December ahead of the January close. */
export const demoReviews: DemoReview[] = [
  {
    organization: 'hudson-ms',
    milestone: '1.1.1',
    semester: '2026-S1',
    completed: false,
    behind: false,
    reviewer: 'principal@example.org',
    at: '2026-12-02T20:00:00Z',
  },
  {
    organization: 'hudson-ms',
    milestone: '2.1.1',
    semester: '2026-S1',
    completed: false,
    behind: true,
    cause:
      'Weekly mentoring reached 8 of 9 new teachers only in November: mentors in other buildings could not meet weekly, and the mathematics mentors were matched in September.',
    adjustment:
      'Keep mentoring in Tuesday common planning time, review the logs monthly with the induction team, and keep the district’s subject-matched mentors through June.',
    reviewer: 'principal@example.org',
    at: '2026-12-02T20:10:00Z',
  },
];
