import type { MilestoneReview, ReportingCalendar, StatusReport } from '../../shared/schemas/monitoring';
import type { actionStatusReports, milestoneReviews } from '../db/schema';
import type { ResolvedCalendar } from '../monitoring/calendars';

export type StatusReportRow = typeof actionStatusReports.$inferSelect;
export type MilestoneReviewRow = typeof milestoneReviews.$inferSelect;
type Named = { id: string; name: string } | null;

export function presentCalendar(
  organizationId: string,
  calendar: ResolvedCalendar,
  abilities: { edit: boolean },
): ReportingCalendar {
  const { fields } = calendar;
  return {
    organizationId,
    yearStartMonth: fields.yearStartMonth,
    statusDueDay: fields.statusDueDay,
    quarterStartMonths: fields.quarterStartMonths,
    semesterStartMonths: fields.semesterStartMonths,
    annualReviewMonth: fields.annualReviewMonth,
    source: calendar.source,
    sourceOrganizationId: calendar.sourceOrganizationId,
    sourceOrganizationName: calendar.sourceOrganizationName,
    version: calendar.own?.version ?? null,
    abilities,
  };
}

export const money = (value: string | null): number | null => (value === null ? null : Number(value));

export function presentStatusReport(row: StatusReportRow, reportedBy: Named): StatusReport {
  return {
    id: row.id,
    actionId: row.actionId,
    period: row.period,
    status: row.status,
    percentComplete: row.percentComplete,
    outputsDone: row.outputsDone,
    comment: row.comment,
    cause: row.cause,
    adjustment: row.adjustment,
    resourcesUsed: row.resourcesUsed,
    budgetUsed: money(row.budgetUsed),
    reportedBy,
    reportedAt: row.reportedAt.toISOString(),
    version: row.version,
  };
}

export function presentMilestoneReview(row: MilestoneReviewRow, reviewedBy: Named): MilestoneReview {
  return {
    id: row.id,
    milestoneId: row.milestoneId,
    semester: row.semester,
    completed: row.completed,
    behind: row.behind,
    cause: row.cause,
    adjustment: row.adjustment,
    reviewedBy,
    reviewedAt: row.reviewedAt.toISOString(),
    version: row.version,
  };
}
