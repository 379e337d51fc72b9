import { eq, sql } from 'drizzle-orm';
import { defaultCalendar } from '../../shared/monitoring/calendar';
import type { OrganizationKind } from '../../shared/roles';
import type { CalendarFields } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import { organizations, planActions, planMilestones, planStrategies, plans } from '../db/schema';
import { notFound } from '../http/errors';
import type { ActionStatusRef } from '../policies/action-status';
import { calendarFieldsAt } from './calendars';

/** One action with everything a status write needs to check, store and summarise it. */
export type ActionContext = {
  actionId: string;
  planId: string;
  milestoneId: string;
  strategyId: string;
  practiceCodes: string[];
  endDate: string | null;
  responsiblePersonId: string | null;
  plan: { startYear: number; years: number; archivedAt: Date | null };
  organization: {
    id: string;
    path: string;
    kind: OrganizationKind;
    parentId: string | null;
    archivedAt: Date | null;
  };
  /** The district the organization belongs to (itself when it is one), for network roll-ups. */
  districtId: string | null;
  /** The reporting calendar the organization follows (see calendarFor). */
  calendar: CalendarFields;
};

export function districtOf(org: { id: string; kind: OrganizationKind; parentId: string | null }) {
  if (org.kind === 'district') return org.id;
  // Schools sit directly under their district (see childKinds).
  return org.kind === 'school' ? org.parentId : null;
}

/** districtOf as SQL over the organizations table, for statements that re-derive it for many rows. */
export const districtIdColumn = sql<
  string | null
>`CASE ${organizations.kind} WHEN 'district' THEN ${organizations.id} WHEN 'school' THEN ${organizations.parentId} END`;

/**
 * Loads an action up to its organization, with the calendar it reports by, in one indexed read: the status
 * endpoint is the hottest write, so it never assembles the plan tree.
 */
export async function loadActionContext(tx: Tx | Db, actionId: string): Promise<ActionContext> {
  // Named, so PostgreSQL parses and plans it once per connection rather than on every status write.
  const [row] = await tx
    .select({
      actionId: planActions.id,
      planId: planActions.planId,
      milestoneId: planActions.milestoneId,
      endDate: planActions.endDate,
      responsiblePersonId: planActions.responsiblePersonId,
      strategyId: planMilestones.strategyId,
      practiceCodes: planStrategies.practiceCodes,
      startYear: plans.startYear,
      years: plans.years,
      planArchivedAt: plans.archivedAt,
      orgId: organizations.id,
      orgPath: organizations.path,
      orgKind: organizations.kind,
      orgParentId: organizations.parentId,
      orgArchivedAt: organizations.archivedAt,
      calendar: calendarFieldsAt(organizations.path),
    })
    .from(planActions)
    .innerJoin(planMilestones, eq(planMilestones.id, planActions.milestoneId))
    .innerJoin(planStrategies, eq(planStrategies.id, planMilestones.strategyId))
    .innerJoin(plans, eq(plans.id, planActions.planId))
    .innerJoin(organizations, eq(organizations.id, plans.organizationId))
    .where(eq(planActions.id, sql.placeholder('actionId')))
    .prepare('action_context')
    .execute({ actionId });
  if (!row) throw notFound('Action');
  const organization = {
    id: row.orgId,
    path: row.orgPath,
    kind: row.orgKind,
    parentId: row.orgParentId,
    archivedAt: row.orgArchivedAt,
  };
  return {
    actionId: row.actionId,
    planId: row.planId,
    milestoneId: row.milestoneId,
    strategyId: row.strategyId,
    practiceCodes: row.practiceCodes,
    endDate: row.endDate,
    responsiblePersonId: row.responsiblePersonId,
    plan: { startYear: row.startYear, years: row.years, archivedAt: row.planArchivedAt },
    organization,
    districtId: districtOf(organization),
    calendar: row.calendar ?? defaultCalendar,
  };
}

export function actionStatusRef(action: ActionContext): ActionStatusRef {
  return {
    organization: action.organization,
    planArchivedAt: action.plan.archivedAt,
    responsiblePersonId: action.responsiblePersonId,
  };
}
