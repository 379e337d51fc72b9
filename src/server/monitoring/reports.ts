import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { FiguresReport } from '../../shared/monitoring/figures';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { actionStatusReports, people } from '../db/schema';
import { money, type StatusReportRow } from '../presenters/monitoring';

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

/** The columns the figure rules read; the rest of a report (who, when, version) stays in the database. */
const figureColumns = {
  actionId: actionStatusReports.actionId,
  period: actionStatusReports.period,
  status: actionStatusReports.status,
  percentComplete: actionStatusReports.percentComplete,
  outputsDone: actionStatusReports.outputsDone,
  comment: actionStatusReports.comment,
  cause: actionStatusReports.cause,
  adjustment: actionStatusReports.adjustment,
  resourcesUsed: actionStatusReports.resourcesUsed,
  budgetUsed: actionStatusReports.budgetUsed,
};

/**
 * What the figures of a school year read up to a month: each action's standing when the year began (its
 * latest report before it), then every report of the year so far.
 */
export async function yearReportsForFigures(
  tx: Tx | Db,
  plan: { organizationId: string; planId: string },
  months: { yearStart: string; until: string },
): Promise<FiguresReport[]> {
  const before = await tx
    .selectDistinctOn([actionStatusReports.actionId], figureColumns)
    .from(actionStatusReports)
    .where(and(ofPlan(plan.organizationId, plan.planId), lt(actionStatusReports.period, months.yearStart)))
    .orderBy(asc(actionStatusReports.actionId), desc(actionStatusReports.period));
  const during = await tx
    .select(figureColumns)
    .from(actionStatusReports)
    .where(
      and(
        ofPlan(plan.organizationId, plan.planId),
        gte(actionStatusReports.period, months.yearStart),
        lte(actionStatusReports.period, months.until),
      ),
    );
  return [...before, ...during].map((r) => ({ ...r, budgetUsed: money(r.budgetUsed) }));
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

/** Who made a report the actor just wrote: the actor's own name when the request carries it, else one read. */
export async function reporterOf(
  tx: Tx | Db,
  actor: Actor,
  row: StatusReportRow,
): Promise<{ id: string; name: string } | null> {
  if (row.reportedById !== null && row.reportedById === actor.personId && actor.name !== undefined)
    return { id: actor.personId, name: actor.name };
  return named(await namesOf(tx, [row.reportedById]), row.reportedById);
}
