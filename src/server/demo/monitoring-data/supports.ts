import type { DemoAdjustment, DemoSupport } from './types';

/**
 * Changes of course with their cause, evidence and decider. The district's is the source document's example
 * adjustment: after two months of status reports its progress lagged, the knowledge and skills of key staff
 * did not match their tasks, and the state provided professional learning on personalized learning.
 */
export const demoAdjustments: DemoAdjustment[] = [
  {
    organization: 'hudson-ms',
    by: 'principal@example.org',
    summary:
      'Weekly mentoring moves into Tuesday common planning time, with mentors matched by subject through the district.',
    cause:
      'Mentors who work in other buildings met new teachers twice in September instead of weekly: 3 of 9 new teachers had weekly meetings.',
    evidence: 'Mentoring logs for September 2026; the September status report of action 2.1.1.2 (behind).',
    decidedBy: 'School leadership team',
    decidedOn: '2026-10-02',
    strategy: '2.1',
    milestone: '2.1.1',
  },
  {
    organization: 'hudson',
    by: 'superintendent@example.org',
    summary:
      'District curriculum and school improvement staff take the state’s professional learning on personalized learning before they support schools’ lesson design, then co-lead unit-writing sessions at Hudson Middle School.',
    cause:
      'After two months of status reports the district’s progress in supporting personalized instruction lagged behind the other districts’: the knowledge and skills of key staff did not match their assigned tasks.',
    evidence:
      'Monthly status reports for August to October 2026; Hudson Middle School’s unit-writing action at risk in October; conversations with the staff concerned and the state turnaround lead.',
    decidedBy: 'Superintendent’s cabinet',
    decidedOn: '2026-10-14',
  },
  {
    organization: 'hudson-ms',
    by: 'principal@example.org',
    summary:
      'The math coach co-writes the grade 7 units with the new teachers in common planning time; grade 7 unit 3 moves from November to December.',
    cause:
      'Two of the three grade 7 mathematics teachers are new and the third position is held by a long-term substitute; two after-school writing sessions were cancelled for lack of coverage.',
    evidence: 'The October status report of action 1.1.1.2 (at risk, 15% complete against 25% planned).',
    decidedBy: 'School leadership team',
    decidedOn: '2026-11-04',
    strategy: '1.1',
    milestone: '1.1.1',
  },
];

export const demoSupports: DemoSupport[] = [
  {
    organization: 'hudson-ms',
    strategy: '2.1',
    milestone: '2.1.1',
    origin: {
      kind: 'requested',
      by: 'principal@example.org',
      at: '2026-08-18T15:00:00Z',
      need: 'Trained mentors who teach mathematics for the two grade 7 teachers hired in August: no trained mathematics mentor is left in our building.',
    },
    answers: [
      {
        by: 'district.liaison@example.org',
        at: '2026-08-31T14:00:00Z',
        status: 'provided',
        response:
          'Two trained mathematics mentors from Hudson High School will meet your new teachers every week from September 8.',
        description:
          'District human resources matched two trained mathematics mentors from Hudson High School, each released one period a week to mentor.',
        startDate: '2026-09-08',
        endDate: '2027-06-11',
      },
    ],
    evaluation: {
      by: 'principal@example.org',
      at: '2026-11-20T16:00:00Z',
      howUsed:
        'The mentors meet the two grade 7 teachers every Tuesday in common planning time and plan the week’s lessons with them.',
      rating: 4,
      explanation:
        'Weekly mentoring went from 3 of 9 new teachers in September to 8 of 9 in November (mentoring logs), and both grade 7 teachers are on pace with the unit calendar.',
    },
  },
  {
    organization: 'hudson',
    practiceCode: '2b',
    origin: {
      kind: 'requested',
      by: 'superintendent@example.org',
      at: '2026-10-12T14:30:00Z',
      need: 'Professional learning on personalized learning for the curriculum and school improvement staff who support our schools’ lesson design: after two months of status reports our support for personalized instruction lags behind.',
    },
    answers: [
      {
        by: 'state.lead@example.org',
        at: '2026-10-15T13:00:00Z',
        status: 'provided',
        response:
          'Omar Haddad will lead three sessions from October 19 and join your staff at two sessions in Hudson Middle School.',
        description:
          'Three sessions on personalized learning for eight district staff, led by the state’s school improvement specialist, with coaching at two unit-writing sessions in Hudson Middle School.',
        startDate: '2026-10-19',
        endDate: '2026-11-13',
      },
    ],
    evaluation: {
      by: 'superintendent@example.org',
      at: '2026-11-25T17:00:00Z',
      howUsed:
        'District staff co-led two grade 7 unit-writing sessions at Hudson Middle School with the state specialist and now use the personalization rubric on their school visits.',
      rating: 4,
      explanation:
        'Hudson Middle School’s unit-writing action went from at risk in October to on track in November (30% complete, four units published), and lesson plans with a personalization enhancement rose from 26% to 38%.',
    },
  },
  {
    organization: 'hudson-ms',
    strategy: '1.1',
    milestone: '1.1.1',
    origin: {
      kind: 'requested',
      by: 'school.team@example.org',
      at: '2026-10-08T19:00:00Z',
      need: 'District curriculum staff to co-lead two grade 7 unit-writing sessions that model personalized lessons for our new teachers.',
    },
    answers: [
      {
        by: 'curriculum.director@example.org',
        at: '2026-10-16T15:00:00Z',
        status: 'accepted',
        response:
          'Yes: our staff will join two sessions in November, after their own professional learning with the state.',
        startDate: '2026-11-09',
        endDate: '2026-11-20',
      },
      {
        by: 'curriculum.director@example.org',
        at: '2026-11-23T15:00:00Z',
        status: 'provided',
        response: 'Both sessions were held; the materials are in the Lesson Design Studio.',
        description:
          'Two unit-writing sessions co-led by Alicia Grant and a district curriculum specialist, modelling personalized lessons in grade 7 units 1 and 2.',
        startDate: '2026-11-09',
        endDate: '2026-11-20',
      },
    ],
  },
  {
    organization: 'lincoln-es',
    strategy: '2.1',
    origin: {
      kind: 'provided',
      by: 'district.liaison@example.org',
      at: '2026-10-28T16:00:00Z',
      description:
        'A district literacy coach two days a week to model structured literacy lessons in kindergarten to grade 3 classrooms.',
      startDate: '2026-11-02',
      endDate: '2027-05-28',
    },
  },
  {
    organization: 'hudson-ms',
    practiceCode: '4c',
    origin: {
      kind: 'requested',
      by: 'principal@example.org',
      at: '2026-11-30T18:00:00Z',
      need: 'Spanish interpretation and take-home materials for our January family mathematics evening.',
    },
  },
];
