import { and, eq, inArray, isNull, like, ne, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { schoolYearOf } from '../../shared/plans/checks';
import { groupBy, numbered } from '../../shared/plans/numbering';
import type { networkPlansQuery } from '../../shared/schemas/plan';
import type { Db, Tx } from '../db/client';
import { organizations, planPriorities, planStrategies, plans } from '../db/schema';
import type { OrganizationRow } from './organizations';
import type { PlanRow } from './plans';

export type NetworkPlansFilter = z.infer<typeof networkPlansQuery>;
export type Completeness = 'none' | 'incomplete' | 'complete' | 'signed';

export type NetworkStrategy = { id: string; number: string; title: string; practiceCodes: string[] };
export type NetworkPlanEntry = {
  organization: Pick<OrganizationRow, 'id' | 'name' | 'kind' | 'essaStatus' | 'parentId'>;
  parent: { id: string; name: string } | null;
  plan: PlanRow | null;
  strategies: NetworkStrategy[];
  completeness: Completeness;
};

/**
 * An organization's current plan: the live plan whose period covers the given school year (the latest
 * starting one when several do), else the one starting latest.
 */
export function currentPlan<T extends Pick<PlanRow, 'startYear' | 'years'>>(
  candidates: readonly T[],
  schoolYear: number,
): T | null {
  const latestFirst = [...candidates].sort((a, b) => b.startYear - a.startYear);
  const covering = latestFirst.find((p) => p.startYear <= schoolYear && schoolYear < p.startYear + p.years);
  return covering ?? latestFirst[0] ?? null;
}

export function completenessOf(plan: Pick<PlanRow, 'status' | 'checkCount'> | null): Completeness {
  if (!plan) return 'none';
  if (plan.status === 'signed') return 'signed';
  return plan.checkCount > 0 ? 'incomplete' : 'complete';
}

const kindOrder = { state: 0, district: 1, school: 2 } as const;

/**
 * Every live organization below this one with its current plan's summary and strategies, filtered. Reads
 * the plans' summary columns and the strategies' titles and codes only, in a fixed handful of queries.
 */
export async function networkPlanEntries(
  tx: Tx | Db,
  organization: OrganizationRow,
  filter: NetworkPlansFilter,
  today: Date = new Date(),
): Promise<NetworkPlanEntry[]> {
  const below: SQL[] = [
    like(organizations.path, `${organization.path}%`),
    ne(organizations.id, organization.id),
    isNull(organizations.archivedAt),
  ];
  const where = [...below];
  if (filter.kind) where.push(eq(organizations.kind, filter.kind));
  if (filter.essa) where.push(eq(organizations.essaStatus, filter.essa));

  const orgs = await tx
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      essaStatus: organizations.essaStatus,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(and(...where));

  const livePlans = await tx
    .select({ plan: plans })
    .from(plans)
    .innerJoin(organizations, eq(organizations.id, plans.organizationId))
    .where(and(...below, isNull(plans.archivedAt)));

  const schoolYear = schoolYearOf(today.toISOString().slice(0, 10));
  const plansByOrg = groupBy(
    livePlans.map((r) => r.plan),
    (p) => p.organizationId,
  );
  let entries = orgs.map((org) => {
    const plan = currentPlan(plansByOrg.get(org.id) ?? [], schoolYear);
    return { organization: org, plan, completeness: completenessOf(plan) };
  });
  const { practice, completeness } = filter;
  if (practice) entries = entries.filter((e) => e.plan?.practiceCodes.includes(practice));
  if (completeness) entries = entries.filter((e) => e.completeness === completeness);

  const planIds = entries.flatMap((e) => (e.plan ? [e.plan.id] : []));
  const parentIds = [...new Set(entries.map((e) => e.organization.parentId as string))];
  const strategies = await strategiesOf(tx, planIds);
  const parents = await (parentIds.length
    ? tx
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, parentIds))
    : []);
  const parentNames = new Map(parents.map((p) => [p.id, p.name]));

  return entries
    .map((e) => {
      const parentId = e.organization.parentId;
      return {
        ...e,
        parent: parentId ? { id: parentId, name: parentNames.get(parentId) ?? '' } : null,
        strategies: e.plan ? (strategies.get(e.plan.id) ?? []) : [],
      };
    })
    .sort(
      (a, b) =>
        kindOrder[a.organization.kind] - kindOrder[b.organization.kind] ||
        a.organization.name.localeCompare(b.organization.name) ||
        a.organization.id.localeCompare(b.organization.id),
    );
}

/** The strategies of many plans in plan order, numbered as the plan numbers them ("1.2"). */
async function strategiesOf(tx: Tx | Db, planIds: string[]): Promise<Map<string, NetworkStrategy[]>> {
  if (planIds.length === 0) return new Map();
  const priorities = await tx
    .select({
      id: planPriorities.id,
      planId: planPriorities.planId,
      position: planPriorities.position,
      createdAt: planPriorities.createdAt,
    })
    .from(planPriorities)
    .where(inArray(planPriorities.planId, planIds));
  const strategies = await tx
    .select({
      id: planStrategies.id,
      priorityId: planStrategies.priorityId,
      position: planStrategies.position,
      createdAt: planStrategies.createdAt,
      title: planStrategies.title,
      practiceCodes: planStrategies.practiceCodes,
    })
    .from(planStrategies)
    .where(inArray(planStrategies.planId, planIds));
  const byPriority = groupBy(strategies, (s) => s.priorityId);
  const result = new Map<string, NetworkStrategy[]>();
  for (const [planId, rows] of groupBy(priorities, (p) => p.planId)) {
    result.set(
      planId,
      numbered(rows).flatMap(({ row, number }) =>
        numbered(byPriority.get(row.id) ?? [], number).map(({ row: s, number: n }) => ({
          id: s.id,
          number: n,
          title: s.title,
          practiceCodes: s.practiceCodes,
        })),
      ),
    );
  }
  return result;
}
