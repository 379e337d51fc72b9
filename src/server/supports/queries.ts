import { and, desc, eq, gte, inArray, isNotNull, like, lt, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { limits } from '../../shared/limits';
import type { SupportStatus } from '../../shared/schemas/monitoring-enums';
import type { SupportDirection } from '../../shared/schemas/supports';
import { linkedItemColumns, strategyPriority } from '../adjustments/linked-item-columns';
import type { Db, Tx } from '../db/client';
import { organizations, people, planMilestones, planStrategies, supports } from '../db/schema';
import { notFound } from '../http/errors';
import { loadOrganization } from '../queries/organizations';

export type SupportRow = typeof supports.$inferSelect;

/** A support with its row locked for the write that follows. */
export async function loadSupport(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<SupportRow> {
  const query = tx.select().from(supports).where(eq(supports.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('Support');
  return row;
}

export type SupportListOptions = {
  /** received (the default): the organization's own; requested_of_us: asked of it; below: of those below it. */
  direction?: SupportDirection;
  practice?: string;
  status?: SupportStatus;
  /** With `to`, the supports active in the window: see `activeIn`. */
  from?: Date;
  to?: Date;
  limit?: number;
};

const openStatuses: SupportStatus[] = ['requested', 'accepted', 'provided'];

/**
 * A support counts in a reporting window when it existed before the window ended and was still open, was
 * answered, rated or otherwise changed during it, or was delivered into it (its end date falls on or after
 * the window's first day).
 */
function activeIn(from: Date | undefined, to: Date | undefined): SQL[] {
  const where: SQL[] = [];
  if (to) where.push(lt(supports.createdAt, to));
  if (from)
    where.push(
      or(
        inArray(supports.status, openStatuses),
        gte(supports.updatedAt, from),
        and(isNotNull(supports.endDate), gte(supports.endDate, from.toISOString().slice(0, 10))),
      ) as SQL,
    );
  return where;
}

const receiver = alias(organizations, 'receiver');
const respondent = alias(organizations, 'respondent');
const provider = alias(organizations, 'provider');
const requester = alias(people, 'requester');
const answerer = alias(people, 'answerer');

/**
 * Supports newest first with the names a list shows: the receiving, asked and providing organizations, who
 * asked and who answered, and the linked strategy and milestone with the positions their numbers come from.
 */
function selectSupports(tx: Tx | Db, where: SQL[], limit: number) {
  return tx
    .select({
      support: supports,
      organizationName: receiver.name,
      organizationPath: receiver.path,
      organizationArchivedAt: receiver.archivedAt,
      respondentName: respondent.name,
      providerName: provider.name,
      requestedByName: requester.name,
      answeredByName: answerer.name,
      ...linkedItemColumns,
    })
    .from(supports)
    .innerJoin(receiver, eq(receiver.id, supports.organizationId))
    .leftJoin(respondent, eq(respondent.id, supports.respondentOrganizationId))
    .leftJoin(provider, eq(provider.id, supports.providerOrganizationId))
    .leftJoin(requester, eq(requester.id, supports.requestedById))
    .leftJoin(answerer, eq(answerer.id, supports.answeredById))
    .leftJoin(planStrategies, eq(planStrategies.id, supports.strategyId))
    .leftJoin(strategyPriority, eq(strategyPriority.id, planStrategies.priorityId))
    .leftJoin(planMilestones, eq(planMilestones.id, supports.milestoneId))
    .where(and(...where))
    .orderBy(desc(supports.createdAt), desc(supports.id))
    .limit(limit);
}

export type SupportListRow = Awaited<ReturnType<typeof selectSupports>>[number];

/** The supports of one organization in one direction, filtered; the quarterly report passes a window. */
export async function listSupports(
  tx: Tx | Db,
  organizationId: string,
  options: SupportListOptions = {},
): Promise<SupportListRow[]> {
  const direction = options.direction ?? 'received';
  const where: SQL[] = [...activeIn(options.from, options.to)];
  if (direction === 'received') where.push(eq(supports.organizationId, organizationId));
  if (direction === 'requested_of_us') where.push(eq(supports.respondentOrganizationId, organizationId));
  if (direction === 'below') {
    const organization = await loadOrganization(tx, organizationId);
    where.push(like(receiver.path, `${organization.path}%`), ne(receiver.id, organization.id));
  }
  if (options.practice) where.push(eq(supports.practiceCode, options.practice));
  if (options.status) where.push(eq(supports.status, options.status));
  return selectSupports(tx, where, options.limit ?? limits.pageSizeMax);
}

/** One support with the same names as in a list, to answer a write with the support as it now stands. */
export async function loadSupportView(tx: Tx | Db, id: string): Promise<SupportListRow> {
  const [row] = await selectSupports(tx, [eq(supports.id, id)], 1);
  if (!row) throw notFound('Support');
  return row;
}
