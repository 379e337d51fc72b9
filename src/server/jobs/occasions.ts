import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { JobContext } from './job';
import {
  type MissingReport,
  organizationsWithPlans,
  planInEffect,
  type ReportingOrganization,
} from './reporting';
import { finishedOccasions, finishRun, startRun } from './runs';

export type ReportingOccasion = {
  organization: ReportingOrganization;
  month: string;
  /** `YYYY-MM/<organization id>`: organizations keep their own calendars, so each has its own occasion. */
  occasion: string;
};

/** What handling one occasion did: messages sent, and whether it got to the end (not stopped midway). */
export type OccasionResult = { sent: number; complete: boolean };

/**
 * Runs `handle` for every organization whose calendar puts a month in play today and whose plan covers that
 * month, skipping occasions a previous run finished. An occasion is marked finished only when handled to the
 * end, so one cut short by a stop is taken up again (its messages already sent are claimed and not repeated).
 */
export async function forEachReportingOccasion(
  ctx: JobContext,
  job: string,
  monthInPlay: (cal: CalendarFields, today: string) => string | null,
  handle: (occasion: ReportingOccasion) => Promise<OccasionResult>,
): Promise<number> {
  const { db } = ctx.services.database;
  const occasions: ReportingOccasion[] = [];
  for (const organization of await organizationsWithPlans(db)) {
    const month = monthInPlay(organization.calendar, ctx.today);
    if (!month) continue;
    // Organizations without a plan for that school year owe nothing and leave no trace in job_runs.
    if (planInEffect(organization.plans, organization.calendar, month)) {
      occasions.push({ organization, month, occasion: `${month}/${organization.id}` });
    }
  }
  const finished = await finishedOccasions(
    db,
    job,
    occasions.map((o) => o.occasion),
  );
  let sent = 0;
  for (const occasion of occasions) {
    if (ctx.signal.aborted) break;
    if (finished.has(occasion.occasion)) continue;
    await startRun(db, job, occasion.occasion, ctx.holder);
    const result = await handle(occasion);
    sent += result.sent;
    if (result.complete) await finishRun(db, job, occasion.occasion, ctx.holder, result.sent);
  }
  return sent;
}

/** Missing reports grouped by the user responsible; actions naming no user are left to the leaders' summary. */
export function byResponsiblePerson(missing: readonly MissingReport[]): Map<string, MissingReport[]> {
  const groups = new Map<string, MissingReport[]>();
  for (const report of missing) {
    if (!report.responsiblePersonId) continue;
    const group = groups.get(report.responsiblePersonId);
    if (group) group.push(report);
    else groups.set(report.responsiblePersonId, [report]);
  }
  return groups;
}
