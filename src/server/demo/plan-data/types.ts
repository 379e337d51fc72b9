import type { GlossaryEntry, LeadershipMember, NeedsElements, Target } from '../../../shared/schemas/plan';
import type { CausePriority, SwotQuadrant } from '../../../shared/schemas/plan-enums';

/**
 * A demo plan written as data. Items link to each other by local `key`s; the seeder turns them into
 * database ids. People are named by their demo email when they have an account and typed otherwise.
 */
export type DemoPlan = {
  /** Key of the organization in `demoOrganizations`. */
  organization: string;
  title: string;
  startYear: number;
  years: number;
  /** Email of the demo person who wrote the plan; the audit event is theirs. */
  author?: string;
  createdAt: string;
  /** Where text taken from the source documents comes from (CC BY 4.0 asks for the attribution). */
  sources: DemoSource[];
  direction: {
    vision: string;
    mission: string;
    /** The purpose statement of a district or state, as a theory of action (if we … then … and …). */
    purposeIf?: string;
    purposeThen?: string;
    purposeAnd?: string;
    glossary: GlossaryEntry[];
    leadershipTeam: LeadershipMember[];
  };
  needs: { elements: NeedsElements; process: string; stakeholderInput: string | null };
  goals: DemoGoal[];
  swot: DemoSwot[];
  rootCauses: DemoRootCause[];
  priorities: DemoPriority[];
  signatures?: DemoSignature[];
  comments?: DemoThread[];
};

export type DemoSource = { document: string; section: string };

export type DemoMeasure = {
  indicator: string;
  dataSource: string;
  unit: string | null;
  rows: {
    label: string | null;
    baseline: number | null;
    baselineAsOf: string | null;
    targets: Target[];
  }[];
};

export type DemoGoal = { key: string; statement: string; explanation: string; measures: DemoMeasure[] };

export type DemoSwot = {
  key: string;
  quadrant: SwotQuadrant;
  statement: string;
  evidence: string;
  leverage?: string;
};

export type DemoRootCause =
  | {
      key: string;
      method: 'five_whys';
      problem: string;
      whys: { question: string; answer: string; evidence: string }[];
      rootCause: string;
      swot?: string;
    }
  | {
      key: string;
      method: 'fishbone';
      problem: string;
      categories: {
        name: string;
        causes: { text: string; evidence: string; actionable: boolean; priority: CausePriority | null }[];
      }[];
      rootCause: string;
      swot?: string;
    };

export type DemoPriority = {
  key: string;
  title: string;
  description: string;
  swot: string[];
  rootCauses: string[];
  /** Item keys of rubric items carried from the organization's self-assessments. */
  candidates?: string[];
  strategies: DemoStrategy[];
};

export type DemoStrategy = {
  key: string;
  title: string;
  /** The theory of action's parts, each without its leading "if we", "then" or "and". */
  toaIf: string;
  toaThen: string;
  toaAnd: string | null;
  practiceCodes: string[];
  goals: string[];
  rationale: string;
  evidence: string;
  measures: DemoMeasure[];
  milestones: DemoMilestone[];
};

export type DemoMilestone = {
  title: string;
  dueDate: string;
  responsibleTeam: string;
  actions: DemoAction[];
};

export type DemoAction = {
  description: string;
  outputs: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetAmount: number | null;
  fundingSource: string | null;
  /** A demo person's email, or a typed name for someone without an account. */
  responsible: { email: string } | { name: string } | null;
  collaborators: string | null;
};

export type DemoSignature = {
  email: string;
  roleInPlan: string;
  requestedAt: string;
  /** Left out for a signature still pending. */
  signed?: { at: string; position: string };
};

/** A coaching thread on a strategy, goal or root cause (by key); replies follow the first comment. */
export type DemoThread = {
  anchor: { type: 'strategy' | 'goal' | 'rootCause' | 'priority'; key: string };
  comments: { email: string; at: string; body: string }[];
  resolved?: { email: string; at: string };
};

/** An absolute target, as the template writes most of them: "at least 30%". */
export function atLeast(year: number, value: number): Target {
  return { year, kind: 'absolute', comparator: 'at_least', value };
}

/** A change from the baseline: "+5%". */
export function increase(year: number, value: number): Target {
  return { year, kind: 'change', comparator: 'at_least', value };
}

export const source002 =
  'Layland, A. & Corbett, J. (2017). Utilizing integrated resources to implement the school and district improvement cycle and supports: Guidance for schools, districts and state education agencies. Council of Chief State School Officers, CC BY 4.0.';
