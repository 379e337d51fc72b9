import { isDueForReport, schoolYearOf } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import type { StatusReportRow } from '../presenters/monitoring';
import {
  loadOutline,
  type OutlineAction,
  type OutlinePlan,
  type PlanOutline,
  planInEffect,
} from './plan-outline';
import { latestBefore, reportsFor } from './reports';

/** One organization's reporting month: its plan for the month, who owes a report, and what is in. */
export type ReportingMonth = {
  plan: OutlinePlan | null;
  outline: PlanOutline;
  /** This month's reports by action. */
  current: Map<string, StatusReportRow>;
  /** Each action's latest report before this month, by action. */
  previous: Map<string, StatusReportRow>;
  /** Actions owing a report this month, in plan order. */
  due: OutlineAction[];
};

const empty: PlanOutline = { strategies: [], milestones: [], actions: [] };

export async function reportingMonthOf(
  tx: Tx | Db,
  organizationId: string,
  calendar: CalendarFields,
  period: string,
): Promise<ReportingMonth> {
  const plan = await planInEffect(tx, organizationId, schoolYearOf(calendar, period));
  if (!plan) return { plan, outline: empty, current: new Map(), previous: new Map(), due: [] };
  const outline = await loadOutline(tx, plan.id);
  const ofPlan = { organizationId, planId: plan.id };
  const current = new Map(
    (await reportsFor(tx, ofPlan, { from: period, to: period })).map((r) => [r.actionId, r]),
  );
  const previous = new Map((await latestBefore(tx, ofPlan, period)).map((r) => [r.actionId, r]));
  const due = outline.actions.filter((a) => isDueForReport(a, previous.get(a.id)?.status ?? null, period));
  return { plan, outline, current, previous, due };
}
