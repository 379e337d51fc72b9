/**
 * Ratings for the demo assessments. Hudson's four-domains self-reflection is written out item by item, with
 * evidence in each rater's voice and a few items where the team reads the rubric differently; the others are
 * derived from a consensus profile with small, fixed differences between raters.
 */

export type DemoItemRatings = {
  /** One level per rater, in the order the raters are listed. */
  levels: string[];
  consensus: string;
  rationale?: string;
  /** Evidence by rater position. */
  evidence?: Record<number, string>;
};

const cl = 'consistently-low';
const b = 'basic';
const m = 'moderate';
const h = 'consistently-high';

/** Hudson School District, LEA Self-Reflection 2026–27. Raters: superintendent, liaison, data coordinator, curriculum director. */
export const hudsonFourDomains: Record<string, DemoItemRatings> = {
  '1a1': {
    levels: [m, m, h, m],
    consensus: m,
    evidence: {
      0: 'Opening-day address and monthly principal meetings name the CSI and TSI schools and the urgency.',
      1: 'Turnaround network meets monthly; central office staff attend, but not all departments connect their work to it.',
    },
  },
  '1a2': {
    levels: [h, m, h, h],
    consensus: h,
    rationale:
      'The leadership team includes principals, HR, finance, special education and curriculum, and meets weekly.',
    evidence: { 2: 'Team roster and weekly agendas for 2026–27; attendance above 90%.' },
  },
  '1a3': {
    levels: [m, m, m, b],
    consensus: m,
    evidence: { 3: 'Strategic plan adopted in June; goals not yet translated for departments.' },
  },
  '1a4': { levels: [m, b, m, m], consensus: m },
  '1a5': { levels: [b, b, m, b], consensus: b },
  '1b1': {
    levels: [m, b, cl, m],
    consensus: b,
    rationale:
      'Root cause analysis was done for two of the five schools in improvement status; strategies elsewhere were carried over from last year’s plans.',
    evidence: {
      0: 'Each school plan lists evidence-based strategies.',
      2: 'Only Hudson Middle and Washington Elementary have a documented root cause analysis; the other plans cite none.',
    },
  },
  '1b2': { levels: [b, b, b, m], consensus: b },
  '1b3': {
    levels: [m, cl, b, b],
    consensus: b,
    rationale:
      'Plans are reviewed quarterly at the district office, but the reviews seldom lead to changes in schools.',
    evidence: {
      0: 'Quarterly plan reviews with each principal.',
      1: 'No school changed staffing, schedule or program after last year’s reviews.',
    },
  },
  '1c1': { levels: [b, b, b, cl], consensus: b },
  '1c2': {
    levels: [cl, b, cl, cl],
    consensus: cl,
    rationale: 'Staffing and budget decisions remain central; principals cannot move positions or funds.',
    evidence: { 2: 'Budget transfer requests from schools: 3 approved of 14 in 2025–26.' },
  },
  '1c3': { levels: [b, b, cl, b], consensus: b },
  '2a1': { levels: [b, cl, b, b], consensus: b },
  '2a2': {
    levels: [cl, cl, b, cl],
    consensus: cl,
    rationale: 'Vacancies at the CSI schools are filled last, from whoever remains in the pool.',
    evidence: {
      1: 'Washington Elementary started the year with four long-term substitutes.',
      3: 'Hiring timeline for CSI schools trails the rest of the district by six weeks.',
    },
  },
  '2a3': {
    levels: [m, b, m, m],
    consensus: m,
    evidence: {
      3: 'New-teacher induction with mentors in every school; 88% retention of first-year teachers.',
    },
  },
  '2b1': { levels: [b, b, m, b], consensus: b },
  '2b2': {
    levels: [b, cl, b, m],
    consensus: b,
    rationale:
      'The professional learning calendar is set before evaluation and walkthrough data are in; math is the exception.',
    evidence: {
      1: 'District PD days were planned in May, before spring results.',
      3: 'Middle school math PD was matched to walkthrough findings this fall.',
    },
  },
  '2b3': { levels: [b, b, b, b], consensus: b },
  '2c1': { levels: [m, m, b, m], consensus: m },
  '2c2': { levels: [m, m, m, h], consensus: m },
  '2c3': {
    levels: [cl, cl, cl, b],
    consensus: cl,
    rationale:
      'Improvement plans for underperforming staff rarely conclude; the team agrees this is the weakest practice.',
  },
  '3a1': {
    levels: [b, m, b, m],
    consensus: b,
    evidence: { 3: 'Data team protocol adopted in all schools; used consistently in two.' },
  },
  '3a2': {
    levels: [cl, b, cl, b],
    consensus: cl,
    rationale: 'The master schedule is set centrally; schools cannot add intervention blocks.',
  },
  '3a3': {
    levels: [m, m, h, m],
    consensus: m,
    evidence: { 2: 'Benchmark dashboards available to every teacher since September.' },
  },
  '3b1': {
    levels: [h, m, h, h],
    consensus: h,
    rationale: 'Board-adopted, standards-aligned curricula in reading and math, K–12.',
    evidence: { 3: 'Curriculum adoption reviews 2024–25; alignment studies on file.' },
  },
  '3b2': {
    levels: [m, b, m, h],
    consensus: m,
    rationale:
      'The math intervention program runs with fidelity checks at two schools; reading intervention has no fidelity checks yet.',
    evidence: {
      1: 'Reading intervention minutes vary from 20 to 60 across schools.',
      3: 'Fidelity walkthroughs for math intervention at Hudson Middle and Lincoln Elementary.',
    },
  },
  '3b3': { levels: [b, b, m, b], consensus: b },
  '3c1': { levels: [b, b, b, cl], consensus: b },
  '3c2': {
    levels: [m, b, m, m],
    consensus: m,
    evidence: { 0: 'Partnership with Hudson County Health for school-based clinics at two schools.' },
  },
  '4a1': { levels: [m, m, b, m], consensus: m },
  '4a2': { levels: [b, m, b, b], consensus: b },
  '4a3': { levels: [b, b, b, b], consensus: b },
  '4b1': {
    levels: [cl, b, cl, cl],
    consensus: cl,
    rationale:
      'The climate survey is given each spring, but results are neither shared with schools nor used in plans.',
    evidence: { 2: 'Survey response rate 61%; no report issued for 2025–26.' },
  },
  '4b2': { levels: [b, b, cl, b], consensus: b },
  '4b3': { levels: [m, b, m, m], consensus: m },
  '4c1': { levels: [b, b, b, m], consensus: b },
  '4c2': { levels: [b, cl, b, b], consensus: b },
  '4c3': {
    levels: [b, b, m, cl],
    consensus: b,
    rationale:
      'Family conferences are strong in the elementary schools and nearly absent at the middle and high school.',
    evidence: {
      2: 'Elementary conference attendance 84%.',
      3: 'High school family nights drew under 10% of families.',
    },
  },
};

export const hudsonFourDomainsReflections: Record<string, string[]> = {
  '1': [
    'Strengths: a representative leadership team and a shared sense of urgency. Weaknesses: schools have little say over staffing and money, and plan reviews stop at the district office.',
  ],
  '2': [
    'Strengths: induction for new teachers and clear performance expectations. Weaknesses: our strongest principals and teachers are not placed where the need is greatest, and underperformance lingers.',
  ],
  '3': [
    'Strengths: rigorous, standards-aligned curricula and data every teacher can reach. Weaknesses: schools cannot shape their schedules for intervention, and reading intervention has no fidelity checks.',
  ],
  '4': [
    'Strengths: candid two-way conversations with principals and strong elementary family conferences. Weaknesses: climate survey results are collected but not shared or used.',
  ],
};

/** Hudson, LEA Sustainability Rubric: the consensus of 2025–26 and of 2026–27, by element. */
export const hudsonSustainability: Record<string, [string, string, string?]> = {
  '1.a.i': ['emerging', 'strong', 'Board policy agenda now follows the three priority reforms.'],
  '1.b.i': ['emerging', 'emerging'],
  '1.b.ii': ['inadequate', 'emerging', 'Community forums held in each attendance zone this year.'],
  '2.a.i': ['inadequate', 'inadequate'],
  '2.a.ii': ['emerging', 'strong', 'Quarterly data reviews are now routine in every department.'],
  '2.a.iii': ['emerging', 'emerging'],
  '2.b.i': ['strong', 'strong'],
  '2.b.ii': ['inadequate', 'emerging', 'Principal pipeline with the state university started in January.'],
  '3.a.i': ['strong', 'exemplary', 'Targets set for every school and subgroup, published with the plan.'],
  '3.a.ii': ['emerging', 'strong', 'A written theory of action now links each strategy to the goals.'],
  '3.a.iii': ['emerging', 'emerging'],
  '3.b.i': ['emerging', 'inadequate', 'Budget cuts removed the funds set aside for the priority reforms.'],
  '3.b.ii': ['strong', 'strong'],
  '3.c.i': [
    'emerging',
    'strong',
    'New assessment platform gives reliable benchmark data three times a year.',
  ],
  '3.c.ii': ['inadequate', 'emerging', 'Implementation checklists collected from every school each quarter.'],
  '3.c.iii': ['emerging', 'emerging'],
  '3.d.i': ['emerging', 'emerging'],
  '3.d.ii': ['strong', 'emerging', 'The state paused its external review cycle this year.'],
  '3.d.iii': ['inadequate', 'emerging', 'Progress reports now go to the board twice a year.'],
};

/**
 * Raters' levels around a consensus, by rater position and item position: fixed, small differences, and now
 * and then one rater two levels apart, so the results show some disagreement.
 */
export function aroundConsensus(
  levelKeys: string[],
  consensus: string,
  item: number,
  raters: number,
): string[] {
  const at = levelKeys.indexOf(consensus);
  const offsets = [0, (item % 3) - 1, item % 4 === 0 ? 1 : 0, item % 5 === 2 ? -1 : 0];
  return Array.from({ length: raters }, (_, r) => {
    const offset = item % 7 === 3 && r === 1 ? (at >= 2 ? -2 : 2) : (offsets[r] ?? 0);
    return levelKeys[Math.min(levelKeys.length - 1, Math.max(0, at + offset))];
  });
}

/** Riverside, Conditions for Success: consensus by area, first letter of the level per indicator in order. */
export const riversideConditions: Record<string, string> = {
  '1': 'ppdppd',
  '2': 'pdpdpd',
  '3': 'dddpddpdpd',
  '4': 'dpddd',
  '5': 'ppeppep',
};

/** Pine Valley, Leadership and Instructional Transformation only: consensus by item position. */
export const pineValleyFourDomains = 'mbbmbbcbbcb' + 'bmmhmbbm';

export const evidencePool = [
  'Leadership team minutes, September and October.',
  'Walkthrough summaries from the first quarter.',
  'Board presentation on this year’s priorities.',
  'Principal survey, fall administration.',
  'Budget documents for the current year.',
];
