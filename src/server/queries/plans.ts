import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import {
  memberships,
  organizations,
  people,
  planActions,
  planDirections,
  planGoals,
  planMeasures,
  planMilestones,
  planNeedsAssessments,
  planPriorities,
  planRootCauses,
  planSignatures,
  planStrategies,
  planSwotEntries,
  plans,
  planVersions,
  priorityCandidates,
} from '../db/schema';
import { pathIds } from './organizations';

export type PlanRow = typeof plans.$inferSelect;
export type DirectionRow = typeof planDirections.$inferSelect;
export type NeedsRow = typeof planNeedsAssessments.$inferSelect;
export type GoalRow = typeof planGoals.$inferSelect;
export type MeasureRowRecord = typeof planMeasures.$inferSelect;
export type SwotRow = typeof planSwotEntries.$inferSelect;
export type RootCauseRow = typeof planRootCauses.$inferSelect;
export type PriorityRow = typeof planPriorities.$inferSelect;
export type StrategyRow = typeof planStrategies.$inferSelect;
export type MilestoneRow = typeof planMilestones.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;
export type CandidateRow = typeof priorityCandidates.$inferSelect;

/** Every row of a plan's content, unordered; the presenter sorts and numbers them. */
export type PlanContentRows = {
  direction: DirectionRow;
  needs: NeedsRow;
  goals: GoalRow[];
  measures: MeasureRowRecord[];
  swot: SwotRow[];
  rootCauses: RootCauseRow[];
  priorities: PriorityRow[];
  strategies: StrategyRow[];
  milestones: MilestoneRow[];
  actions: ActionRow[];
  /** Names of the people responsible for actions, by id. */
  personNames: Map<string, string>;
};

/**
 * Every row of a plan's content. The queries run one after another: a transaction is one connection,
 * which answers one query at a time anyway.
 */
export async function planContentRows(tx: Tx | Db, planId: string): Promise<PlanContentRows> {
  const [direction] = await tx.select().from(planDirections).where(eq(planDirections.planId, planId));
  const [needs] = await tx.select().from(planNeedsAssessments).where(eq(planNeedsAssessments.planId, planId));
  const goals = await tx.select().from(planGoals).where(eq(planGoals.planId, planId));
  const measures = await tx.select().from(planMeasures).where(eq(planMeasures.planId, planId));
  const swot = await tx.select().from(planSwotEntries).where(eq(planSwotEntries.planId, planId));
  const rootCauses = await tx.select().from(planRootCauses).where(eq(planRootCauses.planId, planId));
  const priorities = await tx.select().from(planPriorities).where(eq(planPriorities.planId, planId));
  const strategies = await tx.select().from(planStrategies).where(eq(planStrategies.planId, planId));
  const milestones = await tx.select().from(planMilestones).where(eq(planMilestones.planId, planId));
  const actions = await tx.select().from(planActions).where(eq(planActions.planId, planId));
  const personIds = [
    ...new Set(actions.flatMap((a) => (a.responsiblePersonId ? [a.responsiblePersonId] : []))),
  ];
  const named = personIds.length
    ? await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds))
    : [];
  return {
    direction,
    needs,
    goals,
    measures,
    swot,
    rootCauses,
    priorities,
    strategies,
    milestones,
    actions,
    personNames: new Map(named.map((p) => [p.id, p.name])),
  };
}

/** An organization's live plans, newest start year first. */
export function listPlans(tx: Tx | Db, organizationId: string): Promise<PlanRow[]> {
  return tx
    .select()
    .from(plans)
    .where(and(eq(plans.organizationId, organizationId), isNull(plans.archivedAt)))
    .orderBy(desc(plans.startYear), desc(plans.createdAt));
}

export function livePlanFor(tx: Tx | Db, organizationId: string, startYear: number) {
  return tx.query.plans.findFirst({
    where: and(
      eq(plans.organizationId, organizationId),
      eq(plans.startYear, startYear),
      isNull(plans.archivedAt),
    ),
  });
}

export function signaturesOf(tx: Tx | Db, planId: string) {
  return tx
    .select({ signature: planSignatures, personName: people.name })
    .from(planSignatures)
    .innerJoin(people, eq(people.id, planSignatures.personId))
    .where(eq(planSignatures.planId, planId))
    .orderBy(asc(planSignatures.requestedAt), asc(sql`lower(${people.name})`), asc(planSignatures.id));
}
export type SignatureRow = Awaited<ReturnType<typeof signaturesOf>>[number];

/** Updates recorded after signing, oldest first: the template's "Date of Update / Update Summary" lines. */
export function updatesOf(tx: Tx | Db, planId: string) {
  return tx
    .select({
      number: planVersions.number,
      summary: planVersions.summary,
      createdAt: planVersions.createdAt,
      createdById: planVersions.createdById,
      createdByName: people.name,
    })
    .from(planVersions)
    .leftJoin(people, eq(people.id, planVersions.createdById))
    .where(and(eq(planVersions.planId, planId), eq(planVersions.kind, 'update')))
    .orderBy(asc(planVersions.number));
}
export type UpdateRow = Awaited<ReturnType<typeof updatesOf>>[number];

/** Rubric items the organization carried from its self-assessments, oldest first so links stay put. */
export function candidatesOf(tx: Tx | Db, organizationId: string): Promise<CandidateRow[]> {
  return tx
    .select()
    .from(priorityCandidates)
    .where(eq(priorityCandidates.organizationId, organizationId))
    .orderBy(asc(priorityCandidates.createdAt), asc(priorityCandidates.itemKey));
}

/**
 * People holding a role at the organization or any organization above it, from the top of the tree down
 * and then by name; each person once, at the nearest organization where they hold a role.
 */
export async function planPeople(tx: Tx | Db, organization: { id: string; path: string }) {
  const chain = pathIds(organization.path);
  const rows = await tx
    .selectDistinct({
      id: people.id,
      name: people.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationPath: organizations.path,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(inArray(memberships.organizationId, chain), isNull(people.disabledAt)));
  const depth = (path: string) => pathIds(path).length;
  const nearest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = nearest.get(row.id);
    if (!seen || depth(row.organizationPath) > depth(seen.organizationPath)) nearest.set(row.id, row);
  }
  return [...nearest.values()]
    .sort(
      (a, b) =>
        depth(a.organizationPath) - depth(b.organizationPath) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .map((row) => ({
      id: row.id,
      name: row.name,
      organizationName: row.organizationName,
      atPlanOrganization: row.organizationId === organization.id,
    }));
}

/** Whether a person holds any role at the organization: who may be named responsible for an action. */
export async function holdsRoleAt(tx: Tx | Db, personId: string, organizationId: string) {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organizationId, organizationId)))
    .limit(1);
  return row !== undefined;
}
