import { and, eq, inArray, isNull } from 'drizzle-orm';
import { defaultCalendar, schoolYearOf } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { Db } from '../db/client';
import { memberships, organizations, people, plans, reportingCalendars } from '../db/schema';
import { calendarFields } from '../monitoring/calendars';
import { reportingMonthOf } from '../monitoring/month';

export type PlanPeriod = { id: string; startYear: number; years: number };

export type ReportingOrganization = {
  id: string;
  name: string;
  calendar: CalendarFields;
  plans: PlanPeriod[];
};

/** Each organization's calendar: its own row, else the nearest ancestor's (the path lists ids root first). */
export function effectiveCalendar(path: string, own: ReadonlyMap<string, CalendarFields>): CalendarFields {
  const ids = path.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const calendar = own.get(id);
    if (calendar) return calendar;
  }
  return defaultCalendar;
}

/** The plan that covers a month's school year; when two do, the one starting latest. */
export function planInEffect(
  candidates: readonly PlanPeriod[],
  cal: CalendarFields,
  month: string,
): PlanPeriod | null {
  const year = schoolYearOf(cal, month);
  let found: PlanPeriod | null = null;
  for (const plan of candidates) {
    if (plan.startYear <= year && year < plan.startYear + plan.years) {
      if (!found || plan.startYear > found.startYear) found = plan;
    }
  }
  return found;
}

/** Every active organization with a plan that is not archived, with its effective calendar. */
export async function organizationsWithPlans(db: Db): Promise<ReportingOrganization[]> {
  const [rows, calendars] = await Promise.all([
    db
      .select({
        organizationId: organizations.id,
        name: organizations.name,
        path: organizations.path,
        planId: plans.id,
        startYear: plans.startYear,
        years: plans.years,
      })
      .from(plans)
      .innerJoin(organizations, eq(organizations.id, plans.organizationId))
      .where(and(isNull(plans.archivedAt), isNull(organizations.archivedAt))),
    db.select().from(reportingCalendars),
  ]);
  const own = new Map(calendars.map((row) => [row.organizationId, calendarFields(row)]));
  const byOrganization = new Map<string, ReportingOrganization>();
  for (const row of rows) {
    let organization = byOrganization.get(row.organizationId);
    if (!organization) {
      organization = {
        id: row.organizationId,
        name: row.name,
        calendar: effectiveCalendar(row.path, own),
        plans: [],
      };
      byOrganization.set(row.organizationId, organization);
    }
    organization.plans.push({ id: row.planId, startYear: row.startYear, years: row.years });
  }
  return [...byOrganization.values()];
}

export type MissingReport = {
  actionId: string;
  number: string;
  description: string;
  responsiblePersonId: string | null;
  /** The responsible person's name, or the name typed on the action when it names no user. */
  responsibleName: string | null;
};

/**
 * Actions that owe a report for the month and have none, in plan order: the same actions the organization's
 * status sheet shows as due, so a reminder never names an action the sheet does not ask for.
 */
export async function missingReports(
  db: Db,
  organization: { id: string; calendar: CalendarFields },
  month: string,
): Promise<MissingReport[]> {
  const { due, current } = await reportingMonthOf(db, organization.id, organization.calendar, month);
  const missing = due.filter((action) => !current.has(action.id));
  const personIds = [
    ...new Set(missing.flatMap((a) => (a.responsiblePersonId ? [a.responsiblePersonId] : []))),
  ];
  const names = new Map(
    personIds.length
      ? (
          await db
            .select({ id: people.id, name: people.name })
            .from(people)
            .where(inArray(people.id, personIds))
        ).map((p) => [p.id, p.name])
      : [],
  );
  return missing.map((action) => ({
    actionId: action.id,
    number: action.number,
    description: action.description,
    responsiblePersonId: action.responsiblePersonId,
    responsibleName:
      (action.responsiblePersonId ? names.get(action.responsiblePersonId) : null) ?? action.responsibleName,
  }));
}

/** The people holding the leader role at an organization itself. */
export async function leadersOf(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'leader')));
  return rows.map((row) => row.personId);
}
