import { type StatusReport, type StatusSheetRow, statusInput } from '../../../shared/schemas/monitoring';
import type { ActionStatus } from '../../../shared/schemas/monitoring-enums';
import { slippingStatuses } from '../../../shared/schemas/monitoring-enums';
import { type FieldErrors, schemaErrors } from '../../components/forms';

/** What one row of the monthly status form holds while it is being edited. Numbers stay strings while typed. */
export type StatusDraft = {
  status: ActionStatus | null;
  percentComplete: number | string;
  outputsDone: string;
  comment: string;
  cause: string;
  adjustment: string;
  resourcesUsed: string;
  budgetUsed: number | string;
  /** The version of this month's report being corrected; absent for a first report. */
  version?: number;
};

export const emptyDraft: StatusDraft = {
  status: null,
  percentComplete: 0,
  outputsDone: '',
  comment: '',
  cause: '',
  adjustment: '',
  resourcesUsed: '',
  budgetUsed: '',
};

function fromReport(report: StatusReport): StatusDraft {
  return {
    status: report.status,
    percentComplete: report.percentComplete,
    outputsDone: report.outputsDone ?? '',
    comment: report.comment ?? '',
    cause: report.cause ?? '',
    adjustment: report.adjustment ?? '',
    resourcesUsed: report.resourcesUsed ?? '',
    budgetUsed: report.budgetUsed ?? '',
  };
}

/**
 * Where a row starts: this month's report when there is one (to correct it), else last month's status,
 * progress, outputs and explanation carried forward. Comments, resources and budget describe one month, so
 * they start empty.
 */
export function initialDraft(row: Pick<StatusSheetRow, 'current' | 'previous'>): StatusDraft {
  if (row.current) return { ...fromReport(row.current), version: row.current.version };
  if (!row.previous) return emptyDraft;
  const { status, percentComplete, outputsDone, cause, adjustment } = fromReport(row.previous);
  return { ...emptyDraft, status, percentComplete, outputsDone, cause, adjustment };
}

/** Whether the row came pre-filled from last month rather than from this month's report. */
export const isCarriedForward = (row: Pick<StatusSheetRow, 'current' | 'previous'>) =>
  !row.current && row.previous !== null;

const sameDraft = (a: StatusDraft, b: StatusDraft) =>
  (Object.keys(emptyDraft) as (keyof StatusDraft)[]).every((key) => String(a[key]) === String(b[key]));

/**
 * Whether "Save all" sends this row: a month with no report yet once a status is chosen (a status carried
 * from last month counts, so an unchanged action takes no extra step), or a reported month that was edited.
 */
export function isReady(row: Pick<StatusSheetRow, 'current' | 'previous'>, draft: StatusDraft): boolean {
  if (draft.status === null) return false;
  if (!row.current) return true;
  return !sameDraft(draft, initialDraft(row)) || draft.version !== row.current.version;
}

/** Choosing "completed" also sets 100 %, which saves a step on the most common last report. */
export function withStatus(draft: StatusDraft, status: ActionStatus): StatusDraft {
  const next = { ...draft, status };
  if (status === 'completed') next.percentComplete = 100;
  return next;
}

export const needsExplanation = (status: ActionStatus | null) =>
  status !== null && slippingStatuses.includes(status);

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const number = (value: number | string) => (value === '' ? null : Number(value));

/** The request body for a row; cause and adjustment go only with a slipping status. */
export function draftInput(draft: StatusDraft, period: string) {
  const explain = needsExplanation(draft.status);
  return {
    period,
    status: draft.status,
    percentComplete: number(draft.percentComplete) ?? 0,
    outputsDone: text(draft.outputsDone),
    comment: text(draft.comment),
    cause: explain ? text(draft.cause) : null,
    adjustment: explain ? text(draft.adjustment) : null,
    resourcesUsed: text(draft.resourcesUsed),
    budgetUsed: number(draft.budgetUsed),
    ...(draft.version === undefined ? {} : { version: draft.version }),
  };
}

/** The same checks the server makes, with the same words, so a missing cause is named before a round trip. */
export function draftErrors(draft: StatusDraft, period: string): FieldErrors | null {
  return schemaErrors(statusInput, draftInput(draft, period));
}

export type MilestoneGroup = {
  milestone: StatusSheetRow['milestone'];
  rows: StatusSheetRow[];
};
export type StrategyGroup = { strategy: StatusSheetRow['strategy']; milestones: MilestoneGroup[] };

/** Rows grouped by strategy, then milestone, in the order the sheet lists them (plan order). */
export function groupRows(rows: StatusSheetRow[]): StrategyGroup[] {
  const strategies: StrategyGroup[] = [];
  for (const row of rows) {
    let strategy = strategies.find((s) => s.strategy.id === row.strategy.id);
    if (!strategy) {
      strategy = { strategy: row.strategy, milestones: [] };
      strategies.push(strategy);
    }
    let milestone = strategy.milestones.find((m) => m.milestone.id === row.milestone.id);
    if (!milestone) {
      milestone = { milestone: row.milestone, rows: [] };
      strategy.milestones.push(milestone);
    }
    milestone.rows.push(row);
  }
  return strategies;
}

/** Counts for the top of the page. */
export function sheetCounts(rows: Pick<StatusSheetRow, 'current' | 'late'>[]) {
  const reported = rows.filter((row) => row.current).length;
  return {
    due: rows.length,
    reported,
    missing: rows.length - reported,
    late: rows.filter((row) => !row.current && row.late).length,
  };
}
