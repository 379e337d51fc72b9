import { and, desc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { groupBy, numbered } from '../../shared/plans/numbering';
import type { Db, Tx } from '../db/client';
import { planActions, planMilestones, planPriorities, planStrategies, plans } from '../db/schema';

export type OutlinePlan = { id: string; startYear: number; years: number };

/**
 * The plan an organization works by in a school year: live, covering that year, and the latest to start
 * when two overlap.
 */
export async function planInEffect(
  tx: Tx | Db,
  organizationId: string,
  schoolYear: number,
): Promise<OutlinePlan | null> {
  const [plan] = await tx
    .select({ id: plans.id, startYear: plans.startYear, years: plans.years })
    .from(plans)
    .where(
      and(
        eq(plans.organizationId, organizationId),
        isNull(plans.archivedAt),
        lte(plans.startYear, schoolYear),
        gt(sql`${plans.startYear} + ${plans.years}`, schoolYear),
      ),
    )
    .orderBy(desc(plans.startYear), desc(plans.createdAt))
    .limit(1);
  return plan ?? null;
}

export type OutlineStrategy = { id: string; number: string; title: string; practiceCodes: string[] };
export type OutlineMilestone = {
  id: string;
  strategyId: string;
  number: string;
  title: string;
  dueDate: string | null;
  responsibleTeam: string | null;
};
export type OutlineAction = {
  id: string;
  milestoneId: string;
  number: string;
  description: string;
  outputs: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetAmount: number | null;
  responsiblePersonId: string | null;
  responsibleName: string | null;
};

/** Strategies, milestones and actions in plan order and numbered as the plan numbers them. */
export type PlanOutline = {
  strategies: OutlineStrategy[];
  milestones: OutlineMilestone[];
  actions: OutlineAction[];
};

/**
 * Only the columns monitoring needs, one indexed read per level: the figures and the monthly sheet never
 * pay for the narrative parts of the plan.
 */
export async function loadOutline(tx: Tx | Db, planId: string): Promise<PlanOutline> {
  const priorities = await tx
    .select({ id: planPriorities.id, position: planPriorities.position, createdAt: planPriorities.createdAt })
    .from(planPriorities)
    .where(eq(planPriorities.planId, planId));
  const strategyRows = await tx
    .select({
      id: planStrategies.id,
      priorityId: planStrategies.priorityId,
      title: planStrategies.title,
      practiceCodes: planStrategies.practiceCodes,
      position: planStrategies.position,
      createdAt: planStrategies.createdAt,
    })
    .from(planStrategies)
    .where(eq(planStrategies.planId, planId));
  const milestoneRows = await tx
    .select({
      id: planMilestones.id,
      strategyId: planMilestones.strategyId,
      title: planMilestones.title,
      dueDate: planMilestones.dueDate,
      responsibleTeam: planMilestones.responsibleTeam,
      position: planMilestones.position,
      createdAt: planMilestones.createdAt,
    })
    .from(planMilestones)
    .where(eq(planMilestones.planId, planId));
  const actionRows = await tx
    .select({
      id: planActions.id,
      milestoneId: planActions.milestoneId,
      description: planActions.description,
      outputs: planActions.outputs,
      startDate: planActions.startDate,
      endDate: planActions.endDate,
      budgetAmount: planActions.budgetAmount,
      responsiblePersonId: planActions.responsiblePersonId,
      responsibleName: planActions.responsibleName,
      position: planActions.position,
      createdAt: planActions.createdAt,
    })
    .from(planActions)
    .where(eq(planActions.planId, planId));

  const strategiesBy = groupBy(strategyRows, (s) => s.priorityId);
  const milestonesBy = groupBy(milestoneRows, (m) => m.strategyId);
  const actionsBy = groupBy(actionRows, (a) => a.milestoneId);
  const outline: PlanOutline = { strategies: [], milestones: [], actions: [] };
  for (const p of numbered(priorities)) {
    for (const s of numbered(strategiesBy.get(p.row.id) ?? [], p.number)) {
      const { id, title, practiceCodes } = s.row;
      outline.strategies.push({ id, number: s.number, title, practiceCodes });
      for (const m of numbered(milestonesBy.get(id) ?? [], s.number)) {
        const { position: _p, createdAt: _c, ...milestone } = m.row;
        outline.milestones.push({ ...milestone, number: m.number });
        for (const a of numbered(actionsBy.get(m.row.id) ?? [], m.number)) {
          const { position: _ap, createdAt: _ac, budgetAmount, ...action } = a.row;
          outline.actions.push({
            ...action,
            number: a.number,
            budgetAmount: budgetAmount === null ? null : Number(budgetAmount),
          });
        }
      }
    }
  }
  return outline;
}
