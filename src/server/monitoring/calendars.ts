import { type AnyColumn, desc, eq, type SQL, sql } from 'drizzle-orm';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import { organizations, reportingCalendars } from '../db/schema';

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
  const [nearest] = await tx
    .select({ calendar: reportingCalendars, name: organizations.name })
    .from(reportingCalendars)
    .innerJoin(organizations, eq(organizations.id, reportingCalendars.organizationId))
    .where(onPath(organization.path))
    .orderBy(nearestFirst(organization.path))
    .limit(1);
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

const pathIdsOf = (path: string | AnyColumn | SQL) =>
  sql`string_to_array(trim(both '/' from ${path}), '/')::uuid[]`;

/** Calendars set by the organization or one above it (its path lists their ids). */
const onPath = (path: string | AnyColumn | SQL) =>
  sql`${reportingCalendars.organizationId} = ANY(${pathIdsOf(path)})`;

/** The deepest organization on the path first: its calendar overrides those above it. */
const nearestFirst = (path: string | AnyColumn | SQL) =>
  desc(sql`array_position(${pathIdsOf(path)}, ${reportingCalendars.organizationId})`);

/**
 * The fields of the calendar `calendarFor` resolves, as a subquery a single-row loader can select alongside
 * its own columns (null when the default applies): the status write reads its action and calendar at once.
 */
export function calendarFieldsAt(path: AnyColumn): SQL<CalendarFields | null> {
  const rc = reportingCalendars;
  return sql<CalendarFields | null>`(
    SELECT json_build_object(
      'yearStartMonth', ${rc.yearStartMonth}, 'statusDueDay', ${rc.statusDueDay},
      'quarterStartMonths', ${rc.quarterStartMonths}, 'semesterStartMonths', ${rc.semesterStartMonths},
      'annualReviewMonth', ${rc.annualReviewMonth})
    FROM ${rc} WHERE ${onPath(path)} ORDER BY ${nearestFirst(path)} LIMIT 1)`;
}

/** Today as the calendar functions take it (UTC), so every instance agrees on what is due. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
