import { eq, inArray } from 'drizzle-orm';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import { organizations, reportingCalendars } from '../db/schema';
import { pathIds } from '../queries/organizations';

export type CalendarRow = typeof reportingCalendars.$inferSelect;

export type ResolvedCalendar = {
  fields: CalendarFields;
  source: 'own' | 'inherited' | 'default';
  sourceOrganizationId: string | null;
  sourceOrganizationName: string | null;
  /** The organization's own row, when it has one; its version guards the next change. */
  own: CalendarRow | null;
};

export function calendarFields(row: CalendarRow): CalendarFields {
  return {
    yearStartMonth: row.yearStartMonth,
    statusDueDay: row.statusDueDay,
    quarterStartMonths: row.quarterStartMonths,
    semesterStartMonths: row.semesterStartMonths,
    annualReviewMonth: row.annualReviewMonth,
  };
}

/**
 * The calendar an organization reports by: its own, else the nearest one set above it, else the product
 * default. One indexed read over the ids on its path, so every monitoring endpoint can afford it.
 */
export async function calendarFor(
  tx: Tx | Db,
  organization: { id: string; path: string },
): Promise<ResolvedCalendar> {
  const chain = pathIds(organization.path);
  const rows = await tx
    .select({ calendar: reportingCalendars, name: organizations.name })
    .from(reportingCalendars)
    .innerJoin(organizations, eq(organizations.id, reportingCalendars.organizationId))
    .where(inArray(reportingCalendars.organizationId, chain));
  const nearest = rows.sort(
    (a, b) => chain.indexOf(b.calendar.organizationId) - chain.indexOf(a.calendar.organizationId),
  )[0];
  if (!nearest) {
    return {
      fields: defaultCalendar,
      source: 'default',
      sourceOrganizationId: null,
      sourceOrganizationName: null,
      own: null,
    };
  }
  const own = nearest.calendar.organizationId === organization.id;
  return {
    fields: calendarFields(nearest.calendar),
    source: own ? 'own' : 'inherited',
    sourceOrganizationId: nearest.calendar.organizationId,
    sourceOrganizationName: nearest.name,
    own: own ? nearest.calendar : null,
  };
}

/** Today as the calendar functions take it (UTC), so every instance agrees on what is due. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
