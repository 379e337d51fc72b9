import type {
  ActionStatus,
  MetricDirection,
  MetricKind,
  MetricUnit,
} from '../../../shared/schemas/monitoring-enums';

/**
 * The demo's first months of implementation, written as data. Plan items are named by their numbers as the
 * plan shows them (Action 1.1.1.2, Milestone 2.1.1, Strategy 1.1), organizations by their demo keys and
 * people by their demo emails. Every record carries the date the story has it made.
 */

export type DemoMonthReport = {
  period: string;
  status: ActionStatus;
  percentComplete: number;
  outputsDone?: string;
  comment?: string;
  cause?: string;
  adjustment?: string;
  resourcesUsed?: string;
  budgetUsed?: number;
  /** When the report was sent (ISO). */
  at: string;
};

export type DemoActionReports = { action: string; reporter: string; months: DemoMonthReport[] };

export type DemoStatusPlan = { organization: string; actions: DemoActionReports[] };

export type DemoReview = {
  organization: string;
  milestone: string;
  semester: string;
  completed: boolean;
  behind: boolean;
  cause?: string;
  adjustment?: string;
  reviewer: string;
  at: string;
};

export type DemoMetric = {
  /** Key of the organization whose catalogue holds it. */
  organization: string;
  code: string;
  name: string;
  description?: string;
  kind: MetricKind;
  unit: MetricUnit;
  better: MetricDirection;
  dataSource: string;
};

/** One organization's values, entered by `recorder` on `at`. */
export type DemoObservationBatch = {
  organization: string;
  recorder: string;
  at: string;
  items: { metric: string; period: string; breakdown: string; value: number; note?: string }[];
};

/** A plan measure (owner number and position among its measures) linked to a catalogue metric. */
export type DemoMeasureLink = {
  organization: string;
  owner: { kind: 'goal' | 'strategy'; number: string };
  position: number;
  metric: string;
  by: string;
};

export type DemoAdjustment = {
  organization: string;
  by: string;
  summary: string;
  cause: string;
  evidence: string;
  decidedBy: string;
  decidedOn: string;
  strategy?: string;
  milestone?: string;
};

type Answer = {
  by: string;
  at: string;
  status: 'accepted' | 'declined' | 'provided';
  response: string;
  description?: string;
  startDate?: string;
  endDate?: string;
};

/**
 * A support asked of the organization above (`requested`), or given unasked by it (`provided`), with its
 * answers in order and, once used, the receiving organization's rating.
 */
export type DemoSupport = {
  organization: string;
  strategy?: string;
  milestone?: string;
  practiceCode?: string;
  origin:
    | { kind: 'requested'; by: string; at: string; need: string }
    | { kind: 'provided'; by: string; at: string; description: string; startDate: string; endDate: string };
  answers?: Answer[];
  evaluation?: { by: string; at: string; howUsed: string; rating: number; explanation: string };
};
