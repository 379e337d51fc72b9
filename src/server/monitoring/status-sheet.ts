import { isLate, statusDueDate } from '../../shared/monitoring/calendar';
import type {
  CalendarFields,
  StatusSheet,
  StatusSheetQuery,
  StatusSheetRow,
} from '../../shared/schemas/monitoring';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { canActionStatus } from '../policies/action-status';
import { canOrganization, type OrganizationRef } from '../policies/organization';
import { presentStatusReport } from '../presenters/monitoring';
import { reportingMonthOf } from './month';
import type { OutlineAction } from './plan-outline';
import { named, namesOf } from './reports';

const sameTeam = (a: string | null, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The monthly status page: every action owing a report this month (or already reported for it), with this
 * month's report and the one before it to start from. An action owner sees only the actions they answer
 * for, whatever scope they ask for.
 */
export async function statusSheet(
  tx: Tx | Db,
  input: {
    actor: Actor;
    organization: OrganizationRef;
    calendar: CalendarFields;
    period: string;
    scope: StatusSheetQuery['scope'];
    team?: string;
    today: string;
  },
): Promise<StatusSheet> {
  const { actor, organization, calendar, period } = input;
  const month = await reportingMonthOf(tx, organization.id, calendar, period);
  const { outline, current, previous } = month;
  const me = actor.personId;
  const ownOnly =
    canOrganization(actor, 'reportStatus', organization) &&
    !canOrganization(actor, 'writePlan', organization);
  const milestones = new Map(outline.milestones.map((m) => [m.id, m]));
  const strategies = new Map(outline.strategies.map((s) => [s.id, s]));

  const wanted = (action: OutlineAction) => {
    if (ownOnly && action.responsiblePersonId !== me) return false;
    if (input.scope === 'mine') return action.responsiblePersonId === me;
    if (input.scope === 'team') {
      return (
        input.team !== undefined &&
        sameTeam(milestones.get(action.milestoneId)?.responsibleTeam ?? null, input.team)
      );
    }
    return true;
  };
  const dueIds = new Set(month.due.map((a) => a.id));
  const rows = outline.actions.filter((a) => (dueIds.has(a.id) || current.has(a.id)) && wanted(a));

  const names = await namesOf(tx, [
    ...rows.map((a) => a.responsiblePersonId),
    ...rows.flatMap((a) => [
      current.get(a.id)?.reportedById ?? null,
      previous.get(a.id)?.reportedById ?? null,
    ]),
  ]);
  const late = isLate(calendar, period, input.today);

  const items = rows.map((action): StatusSheetRow => {
    const milestone = milestones.get(action.milestoneId)!;
    const strategy = strategies.get(milestone.strategyId)!;
    const mine = current.get(action.id) ?? null;
    const before = previous.get(action.id) ?? null;
    return {
      actionId: action.id,
      planId: month.plan!.id,
      number: action.number,
      description: action.description,
      outputs: action.outputs,
      startDate: action.startDate,
      endDate: action.endDate,
      milestone: {
        id: milestone.id,
        number: milestone.number,
        title: milestone.title,
        responsibleTeam: milestone.responsibleTeam,
      },
      strategy: { id: strategy.id, number: strategy.number, title: strategy.title },
      responsible: {
        personId: action.responsiblePersonId,
        name: action.responsiblePersonId
          ? (names.get(action.responsiblePersonId) ?? action.responsibleName)
          : action.responsibleName,
      },
      current: mine && presentStatusReport(mine, named(names, mine.reportedById)),
      previous: before && presentStatusReport(before, named(names, before.reportedById)),
      late: late && mine === null,
      abilities: {
        report: canActionStatus(actor, 'report', {
          organization,
          // The plan in effect is never an archived one.
          planArchivedAt: null,
          responsiblePersonId: action.responsiblePersonId,
        }),
      },
    };
  });

  const teams = [
    ...new Set(
      outline.milestones.flatMap((m) => (m.responsibleTeam?.trim() ? [m.responsibleTeam.trim()] : [])),
    ),
  ].sort((a, b) => a.localeCompare(b));
  return { organizationId: organization.id, period, dueDate: statusDueDate(calendar, period), teams, items };
}
