import { and, eq } from 'drizzle-orm';
import {
  currentQuarter,
  parseQuarter,
  periodEndDate,
  periodStartDate,
  quartersOfYear,
} from '../../shared/monitoring/calendar';
import type { QuarterlyNarrative, QuarterlyReport } from '../../shared/schemas/quarterly-report';
import { listAdjustments } from '../adjustments/queries';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { people, plans, quarterlyReports } from '../db/schema';
import { calendarFor, today as todayOf } from '../monitoring/calendars';
import { implementationFigures } from '../monitoring/implementation';
import { measureProgressFor } from '../performance/progress';
import { canOrganization } from '../policies/organization';
import { presentAdjustment } from '../presenters/adjustment';
import { presentSupport } from '../presenters/support';
import type { OrganizationRow } from '../queries/organizations';
import { listSupports } from '../supports/queries';

export type NarrativeRow = typeof quarterlyReports.$inferSelect;

/** The saved narrative of a quarter, if anyone has written one. */
export async function loadNarrative(
  tx: Tx | Db,
  organizationId: string,
  period: string,
): Promise<{ row: NarrativeRow; updatedByName: string | null } | null> {
  const [found] = await tx
    .select({ row: quarterlyReports, updatedByName: people.name })
    .from(quarterlyReports)
    .leftJoin(people, eq(people.id, quarterlyReports.updatedById))
    .where(and(eq(quarterlyReports.organizationId, organizationId), eq(quarterlyReports.period, period)));
  return found ?? null;
}

function presentNarrative(found: Awaited<ReturnType<typeof loadNarrative>>): QuarterlyNarrative {
  if (!found) return { text: '', version: null, updatedAt: null, updatedBy: null };
  const { row, updatedByName } = found;
  return {
    text: row.narrative,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById ? { id: row.updatedById, name: updatedByName ?? '' } : null,
  };
}

/** Midnight UTC of a calendar day, and of the day after, as the list queries take their windows. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00Z`);
const dayAfter = (date: string) => new Date(startOfDay(date).getTime() + 86_400_000);

/**
 * Everything a quarter's report shows, read in the caller's snapshot: the implementation figures of the
 * quarter and of the school year's earlier quarters, the plan's measures as of the quarter's end (or today,
 * while the quarter runs), the supports active and the adjustments decided in the quarter, and the team's
 * narrative. The caller has authorized organization `read`.
 */
export async function quarterlyReportFor(
  tx: Tx | Db,
  organization: OrganizationRow,
  actor: Actor,
  options: { period?: string; today?: string } = {},
): Promise<QuarterlyReport> {
  const calendar = (await calendarFor(tx, organization)).fields;
  const today = options.today ?? todayOf();
  const period = options.period ?? currentQuarter(calendar, today);
  const { year, n } = parseQuarter(period);
  const startDate = periodStartDate(calendar, period);
  const endDate = periodEndDate(calendar, period);

  const implementation = await implementationFigures(tx, organization, period, today, calendar);
  const earlierQuarters = [];
  for (const quarter of quartersOfYear(year).slice(0, n - 1)) {
    earlierQuarters.push(await implementationFigures(tx, organization, quarter, today, calendar));
  }

  const planId = implementation.planId;
  const [plan] = planId
    ? await tx.select({ id: plans.id, title: plans.title }).from(plans).where(eq(plans.id, planId))
    : [];
  const asOf = endDate < today ? endDate : today;
  const performance = planId ? await measureProgressFor(tx, planId, actor, { today: asOf }) : [];

  const window = { from: startOfDay(startDate), to: dayAfter(endDate) };
  const supports = (await listSupports(tx, organization.id, window)).map((row) => presentSupport(row, actor));
  const adjustments = (await listAdjustments(tx, organization.id, window)).map(presentAdjustment);

  return {
    organization: { id: organization.id, name: organization.name, kind: organization.kind },
    plan: plan ?? null,
    period,
    startDate,
    endDate,
    narrative: presentNarrative(await loadNarrative(tx, organization.id, period)),
    implementation,
    earlierQuarters,
    performance,
    supports,
    adjustments,
    abilities: { editNarrative: canOrganization(actor, 'writePlan', organization) },
  };
}
