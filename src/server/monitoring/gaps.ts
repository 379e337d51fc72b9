import { and, asc, eq, isNull, like, ne, sql } from 'drizzle-orm';
import { isLate, lastDayOf, schoolYearOf, statusDueDate } from '../../shared/monitoring/calendar';
import type { CalendarFields, ReportingGaps } from '../../shared/schemas/monitoring';
import { type Db, rowsOf, type Tx } from '../db/client';
import { organizationPeriodStatus, organizations } from '../db/schema';
import { pathIds } from '../queries/organizations';
import { reportingMonthOf } from './month';
import { namesOf } from './reports';

/** What the gaps list calls an action nobody is named for. */
const nobody = 'No one named';

/**
 * Who has not reported for a month. The organization's own gaps come from its plan; the organizations
 * below (each child with everything under it) are read from the monthly summary table plus one grouped
 * count of the actions due, so a state's view never opens a school's reports.
 */
export async function reportingGaps(
  tx: Tx | Db,
  input: {
    organization: { id: string; path: string };
    calendar: CalendarFields;
    period: string;
    today: string;
  },
): Promise<ReportingGaps> {
  const { organization, calendar, period } = input;
  const month = await reportingMonthOf(tx, organization.id, calendar, period);
  const missingActions = month.due.filter((a) => !month.current.has(a.id));
  const names = await namesOf(
    tx,
    missingActions.map((a) => a.responsiblePersonId),
  );

  const groups = new Map<string, ReportingGaps['missing'][number]>();
  for (const action of missingActions) {
    const personId = action.responsiblePersonId;
    const name = (personId ? names.get(personId) : null) ?? action.responsibleName?.trim() ?? nobody;
    const key = personId ?? `name:${name.toLowerCase()}`;
    const group = groups.get(key) ?? { personId, name: name || nobody, actions: [] };
    group.actions.push({ actionId: action.id, number: action.number, description: action.description });
    groups.set(key, group);
  }

  return {
    organizationId: organization.id,
    period,
    dueDate: statusDueDate(calendar, period),
    overdue: isLate(calendar, period, input.today),
    due: month.due.length,
    reported: month.due.length - missingActions.length,
    missing: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)),
    below: await below(tx, organization, calendar, period),
  };
}

async function below(
  tx: Tx | Db,
  organization: { id: string; path: string },
  calendar: CalendarFields,
  period: string,
): Promise<ReportingGaps['below']> {
  const children = await tx
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(and(eq(organizations.parentId, organization.id), isNull(organizations.archivedAt)))
    .orderBy(asc(organizations.name));
  if (children.length === 0) return [];
  const depth = pathIds(organization.path).length;
  const childOf = (path: string) => pathIds(path)[depth];
  const subtree = `${organization.path}%`;

  const reported = new Map<string, number>();
  const summaries = await tx
    .select({ path: organizationPeriodStatus.organizationPath, reported: organizationPeriodStatus.reported })
    .from(organizationPeriodStatus)
    .where(
      and(
        like(organizationPeriodStatus.organizationPath, subtree),
        ne(organizationPeriodStatus.organizationId, organization.id),
        eq(organizationPeriodStatus.period, period),
      ),
    );
  for (const row of summaries) {
    const child = childOf(row.path);
    if (child) reported.set(child, (reported.get(child) ?? 0) + row.reported);
  }

  const due = new Map<string, number>();
  for (const row of await dueBelow(tx, organization, calendar, period)) {
    const child = childOf(row.path);
    if (child) due.set(child, (due.get(child) ?? 0) + Number(row.due));
  }
  return children.map((c) => ({
    organizationId: c.id,
    name: c.name,
    kind: c.kind,
    due: due.get(c.id) ?? 0,
    reported: reported.get(c.id) ?? 0,
  }));
}

/**
 * Actions due in the month in each organization below, counted in the database: started by the month's end
 * and not closed by a report before the month (read from the latest-status summary), in the plan each
 * organization works by that school year.
 */
async function dueBelow(
  tx: Tx | Db,
  organization: { id: string; path: string },
  calendar: CalendarFields,
  period: string,
) {
  const year = schoolYearOf(calendar, period);
  return rowsOf<{ path: string; due: number | string }>(
    await tx.execute(sql`
      SELECT o.path, count(*) AS due
        FROM organizations o
        JOIN plans p ON p.organization_id = o.id
        JOIN plan_actions a ON a.plan_id = p.id
        LEFT JOIN action_status_latest l ON l.action_id = a.id
       WHERE o.path LIKE ${`${organization.path}%`} AND o.id <> ${organization.id} AND o.archived_at IS NULL
         AND p.archived_at IS NULL AND p.start_year <= ${year} AND p.start_year + p.years > ${year}
         AND NOT EXISTS (
           SELECT 1 FROM plans later
            WHERE later.organization_id = p.organization_id AND later.archived_at IS NULL
              AND later.start_year > p.start_year AND later.start_year <= ${year}
              AND later.start_year + later.years > ${year})
         AND (a.start_date IS NULL OR a.start_date <= ${lastDayOf(period)}::date)
         AND NOT (l.period IS NOT NULL AND l.period < ${period} AND l.status IN ('completed', 'cancelled'))
       GROUP BY o.path
    `),
  );
}
