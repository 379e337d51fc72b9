import { yearLabel } from '../../../src/shared/plans/period';

/** What the plan journey's principal writes into Washington Elementary School's first plan. */
export const school = 'Washington Elementary School';
export const title = `${school} improvement plan`;
// The form's default first year: this calendar year, the school year under way in the autumn.
export const startYear = new Date().getFullYear();
export const years = [startYear, startYear + 1, startYear + 2].map(yearLabel);

export const text = {
  vision: 'Every child in our neighborhood reads, writes and thinks with confidence.',
  mission: 'We teach every child to read with joy and to reason with numbers, in partnership with families.',
  goal: 'Every third grader reads on grade level by the end of the plan.',
  goalWhy: 'Reading by grade 3 predicts later success; only two in five of our third graders do today.',
  goalIndicator: 'Third graders reading on grade level on the spring benchmark',
  weakness: 'Fewer than half of our third graders read on grade level.',
  symptom: 'Third-grade reading scores have been flat for three years.',
  rootCause: 'Teachers have no shared routine for small-group reading instruction.',
  priority: 'Early literacy in kindergarten to grade 3',
  strategy: 'Daily small-group reading instruction',
  toaIf: 'we train and coach every K–3 teacher in small-group reading routines',
  toaThen: 'teachers will meet every student daily in a group matched to their reading level',
  toaAnd: 'students will read on grade level by the end of grade 3',
  strategyIndicator: 'K–3 classrooms observed running daily small groups',
  milestoneLater: 'Small groups run daily in every K–3 classroom',
  milestoneFirst: 'Every K–3 teacher trained in small-group routines',
  actionLater: 'Observe each K–3 classroom monthly with the reading walkthrough tool',
  actionFirst: 'Hold four summer training days for K–3 teachers',
};
