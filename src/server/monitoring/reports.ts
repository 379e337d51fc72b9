import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { actionStatusReports, people } from '../db/schema';
import type { StatusReportRow } from '../presenters/monitoring';

/**
 * Reads of one plan's monthly reports, all through the (organization, period) index: the plan's own rows
 * are picked out of its organization's months, never by walking its actions.
 */
const ofPlan = (organizationId: string, planId: string) =>
  and(eq(actionStatusReports.organizationId, organizationId), eq(actionStatusReports.planId, planId));

export function reportsFor(
  tx: Tx | Db,
  plan: { organizationId: string; planId: string },
  months: { from: string; to: string },
): Promise<StatusReportRow[]> {
  return tx
    .select()
    .from(actionStatusReports)
    .where(
      and(
        ofPlan(plan.organizationId, plan.planId),
        gte(actionStatusReports.period, months.from),
        lte(actionStatusReports.period, months.to),
      ),
    );
}

/** Each action's latest report before a month: what it stood at when the month began. */
export function latestBefore(
  tx: Tx | Db,
  plan: { organizationId: string; planId: string },
  month: string,
): Promise<StatusReportRow[]> {
  return tx
    .selectDistinctOn([actionStatusReports.actionId])
    .from(actionStatusReports)
    .where(and(ofPlan(plan.organizationId, plan.planId), lt(actionStatusReports.period, month)))
    .orderBy(asc(actionStatusReports.actionId), desc(actionStatusReports.period));
}

/** One action's reports, newest month first. */
export function historyOf(tx: Tx | Db, actionId: string): Promise<StatusReportRow[]> {
  return tx
    .select()
    .from(actionStatusReports)
    .where(eq(actionStatusReports.actionId, actionId))
    .orderBy(desc(actionStatusReports.period));
}

export type Names = Map<string, string>;

/** People's names for the ids given (reporters, people responsible), in one read. */
export async function namesOf(tx: Tx | Db, ids: (string | null)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function named(names: Names, id: string | null): { id: string; name: string } | null {
  if (id === null) return null;
  return { id, name: names.get(id) ?? '' };
}
