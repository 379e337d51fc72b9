import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { planItemInputs } from '../../shared/schemas/plan';
import type { PlanItemKind, SwotQuadrant } from '../../shared/schemas/plan-enums';
import { unlinkPlanItems } from '../adjustments/unlink';
import type { Tx } from '../db/client';
import {
  planActions,
  planGoals,
  planMeasures,
  planMilestones,
  planPriorities,
  planRootCauses,
  planStrategies,
  planSwotEntries,
} from '../db/schema';
import { notFound } from '../http/errors';
import {
  forgetActionReports,
  forgetMilestoneReviews,
  placementOf,
  refreshLatestPlacement,
} from '../monitoring/summaries';
import { forgetMeasurePerformance } from '../performance/measures';
import type { LinkCheck } from './links';
import type { ItemTable } from './positions';

type Tables = {
  goal: typeof planGoals;
  measure: typeof planMeasures;
  swot: typeof planSwotEntries;
  rootCause: typeof planRootCauses;
  priority: typeof planPriorities;
  strategy: typeof planStrategies;
  milestone: typeof planMilestones;
  action: typeof planActions;
};

export type ItemRows = { [K in PlanItemKind]: Tables[K]['$inferSelect'] };
export type ItemInputs = { [K in PlanItemKind]: z.output<(typeof planItemInputs)[K]> };
/** The fields a patch sends; absent ones stay as they are. */
export type ItemFields = { [K in PlanItemKind]: Partial<ItemInputs[K]> };

/** Which list an item sits in: its parent (null for plan-level lists) and, for SWOT entries, the quadrant. */
export type SiblingKey = { parentId: string | null; quadrant?: SwotQuadrant };

/** Ids removed along with an item, by kind, for the audit trail. */
export type Removed = Partial<Record<PlanItemKind, string[]>>;

/** How one kind of plan item is stored, listed, checked and removed; the generic commands do the rest. */
export type ItemSpec<K extends PlanItemKind> = {
  table: Tables[K];
  /** Audit entity type, e.g. `plan_strategy`. */
  entityType: string;
  /** How messages name it: "This strategy was changed by someone else …". */
  noun: string;
  /** The kinds its list can hang from, for reorders: none for plan-level lists. */
  parentKinds: PlanItemKind[];
  /** The list the item is in once `fields` are written over `current` (null when creating). */
  siblingKey(fields: ItemFields[K], current: ItemRows[K] | null): SiblingKey;
  /** The rows of one list; the caller adds the plan. */
  scope(key: SiblingKey): SQL;
  /** Adds a problem for each linked id or value that does not fit the plan. */
  check(links: LinkCheck, fields: ItemFields[K], current: ItemRows[K] | null): Promise<void>;
  insert(tx: Tx, input: ItemInputs[K], base: { planId: string; position: number }): Promise<ItemRows[K]>;
  /** Writes `fields` if the row still has `current.version`; undefined when it does not. */
  update(
    tx: Tx,
    current: ItemRows[K],
    fields: ItemFields[K],
    position: number | undefined,
  ): Promise<ItemRows[K] | undefined>;
  /** Deletes the item, its children and every link to it. */
  remove(tx: Tx, row: ItemRows[K]): Promise<Removed>;
};

/** A field as it will be after the write: the value sent, or the stored one. */
function next<F, R, Key extends keyof F & keyof R>(fields: F, current: R | null, key: Key) {
  const sent = fields[key];
  if (sent !== undefined) return sent;
  return current ? current[key] : undefined;
}

function money(value: number | null | undefined) {
  if (value === undefined) return undefined;
  return value === null ? null : value.toFixed(2);
}

/** The values of an edit: the row's version moves on so any other open copy of it becomes stale. */
const changed = <T extends object>(fields: T, position: number | undefined) => ({
  ...fields,
  ...(position === undefined ? {} : { position }),
  version: sql`version + 1`,
  updatedAt: new Date(),
});

// ---------------------------------------------------------------- removal and links

/** Monthly reports go with their action, and out of the summary counts, so the roll-ups stay right. */
async function deleteActions(tx: Tx, where: SQL): Promise<string[]> {
  const ids = (await tx.select({ id: planActions.id }).from(planActions).where(where)).map((r) => r.id);
  if (ids.length === 0) return [];
  await forgetActionReports(tx, ids);
  await tx.delete(planActions).where(inArray(planActions.id, ids));
  return ids;
}

async function deleteMilestones(tx: Tx, where: SQL): Promise<Removed> {
  const ids = (await tx.select({ id: planMilestones.id }).from(planMilestones).where(where)).map((r) => r.id);
  if (ids.length === 0) return {};
  const actions = await deleteActions(tx, inArray(planActions.milestoneId, ids));
  await forgetMilestoneReviews(tx, ids);
  await unlinkPlanItems(tx, { milestoneIds: ids });
  await tx.delete(planMilestones).where(inArray(planMilestones.id, ids));
  return { milestone: ids, action: actions };
}

async function deleteMeasures(tx: Tx, where: SQL): Promise<string[]> {
  const ids = (await tx.select({ id: planMeasures.id }).from(planMeasures).where(where)).map((r) => r.id);
  if (ids.length === 0) return [];
  await forgetMeasurePerformance(tx, ids);
  await tx.delete(planMeasures).where(inArray(planMeasures.id, ids));
  return ids;
}

async function deleteStrategies(tx: Tx, where: SQL): Promise<Removed> {
  const ids = (await tx.select({ id: planStrategies.id }).from(planStrategies).where(where)).map((r) => r.id);
  if (ids.length === 0) return {};
  const measures = await deleteMeasures(tx, inArray(planMeasures.strategyId, ids));
  const below = await deleteMilestones(tx, inArray(planMilestones.strategyId, ids));
  await unlinkPlanItems(tx, { strategyIds: ids });
  await tx.delete(planStrategies).where(inArray(planStrategies.id, ids));
  return { strategy: ids, measure: measures, ...below };
}

/** Drops a deleted item's id from the lists that link to it; those rows change, so their version moves on. */
async function unlinkFromPriorities(
  tx: Tx,
  planId: string,
  field: 'swotEntryIds' | 'rootCauseIds',
  id: string,
) {
  const rows = await tx.select().from(planPriorities).where(eq(planPriorities.planId, planId));
  for (const row of rows.filter((r) => r[field].includes(id))) {
    await tx
      .update(planPriorities)
      .set(changed({ [field]: row[field].filter((x) => x !== id) }, undefined))
      .where(eq(planPriorities.id, row.id));
  }
}

async function unlinkGoal(tx: Tx, planId: string, goalId: string) {
  const rows = await tx.select().from(planStrategies).where(eq(planStrategies.planId, planId));
  for (const row of rows.filter((r) => r.goalIds.includes(goalId))) {
    await tx
      .update(planStrategies)
      .set(changed({ goalIds: row.goalIds.filter((x) => x !== goalId) }, undefined))
      .where(eq(planStrategies.id, row.id));
  }
}

// ---------------------------------------------------------------- the kinds

const planLevel = (): SiblingKey => ({ parentId: null });
const noScope = sql`true`;

const goal: ItemSpec<'goal'> = {
  table: planGoals,
  entityType: 'plan_goal',
  noun: 'goal',
  parentKinds: [],
  siblingKey: planLevel,
  scope: () => noScope,
  check: async () => {},
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planGoals)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) =>
    (
      await tx
        .update(planGoals)
        .set(changed(fields, position))
        .where(and(eq(planGoals.id, current.id), eq(planGoals.version, current.version)))
        .returning()
    )[0],
  remove: async (tx, row) => {
    const measures = await deleteMeasures(tx, eq(planMeasures.goalId, row.id));
    await unlinkGoal(tx, row.planId, row.id);
    await tx.delete(planGoals).where(eq(planGoals.id, row.id));
    return { measure: measures };
  },
};

const measure: ItemSpec<'measure'> = {
  table: planMeasures,
  entityType: 'plan_measure',
  noun: 'measure',
  parentKinds: ['goal', 'strategy'],
  siblingKey: (fields, current) => ({
    parentId: next(fields, current, 'goalId') ?? next(fields, current, 'strategyId') ?? null,
  }),
  scope: ({ parentId }) =>
    parentId
      ? (or(eq(planMeasures.goalId, parentId), eq(planMeasures.strategyId, parentId)) as SQL)
      : isNull(planMeasures.id),
  check: async (links, fields, current) => {
    const goalId = next(fields, current, 'goalId');
    const strategyId = next(fields, current, 'strategyId');
    if (!goalId === !strategyId) {
      links.add(goalId ? 'strategyId' : 'goalId', 'A measure belongs to exactly one goal or one strategy.');
    }
    await links.item('goalId', planGoals, fields.goalId, 'a goal');
    await links.item('strategyId', planStrategies, fields.strategyId, 'a strategy');
    links.targets('rows', fields.rows);
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planMeasures)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) =>
    (
      await tx
        .update(planMeasures)
        .set(changed(fields, position))
        .where(and(eq(planMeasures.id, current.id), eq(planMeasures.version, current.version)))
        .returning()
    )[0],
  remove: async (tx, row) => {
    await tx.delete(planMeasures).where(eq(planMeasures.id, row.id));
    return {};
  },
};

const swot: ItemSpec<'swot'> = {
  table: planSwotEntries,
  entityType: 'plan_swot_entry',
  noun: 'SWOT entry',
  parentKinds: [],
  siblingKey: (fields, current) => ({
    parentId: null,
    quadrant: next(fields, current, 'quadrant') ?? 'strength',
  }),
  scope: ({ quadrant }) => eq(planSwotEntries.quadrant, quadrant ?? 'strength'),
  check: async () => {},
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planSwotEntries)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) =>
    (
      await tx
        .update(planSwotEntries)
        .set(changed(fields, position))
        .where(and(eq(planSwotEntries.id, current.id), eq(planSwotEntries.version, current.version)))
        .returning()
    )[0],
  remove: async (tx, row) => {
    await unlinkFromPriorities(tx, row.planId, 'swotEntryIds', row.id);
    await tx
      .update(planRootCauses)
      .set(changed({ swotEntryId: null }, undefined))
      .where(eq(planRootCauses.swotEntryId, row.id));
    await tx.delete(planSwotEntries).where(eq(planSwotEntries.id, row.id));
    return {};
  },
};

const rootCause: ItemSpec<'rootCause'> = {
  table: planRootCauses,
  entityType: 'plan_root_cause',
  noun: 'root cause analysis',
  parentKinds: [],
  siblingKey: planLevel,
  scope: () => noScope,
  check: async (links, fields) => {
    await links.item('swotEntryId', planSwotEntries, fields.swotEntryId, 'a SWOT entry');
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planRootCauses)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) =>
    (
      await tx
        .update(planRootCauses)
        .set(changed(fields, position))
        .where(and(eq(planRootCauses.id, current.id), eq(planRootCauses.version, current.version)))
        .returning()
    )[0],
  remove: async (tx, row) => {
    await unlinkFromPriorities(tx, row.planId, 'rootCauseIds', row.id);
    await tx.delete(planRootCauses).where(eq(planRootCauses.id, row.id));
    return {};
  },
};

const priority: ItemSpec<'priority'> = {
  table: planPriorities,
  entityType: 'plan_priority',
  noun: 'priority area',
  parentKinds: [],
  siblingKey: planLevel,
  scope: () => noScope,
  check: async (links, fields) => {
    await links.items('swotEntryIds', planSwotEntries, fields.swotEntryIds, 'SWOT entries');
    await links.items('rootCauseIds', planRootCauses, fields.rootCauseIds, 'root cause analyses');
    await links.candidates('candidateIds', fields.candidateIds);
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planPriorities)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) =>
    (
      await tx
        .update(planPriorities)
        .set(changed(fields, position))
        .where(and(eq(planPriorities.id, current.id), eq(planPriorities.version, current.version)))
        .returning()
    )[0],
  remove: async (tx, row) => {
    const removed = await deleteStrategies(tx, eq(planStrategies.priorityId, row.id));
    await tx.delete(planPriorities).where(eq(planPriorities.id, row.id));
    return removed;
  },
};

const strategy: ItemSpec<'strategy'> = {
  table: planStrategies,
  entityType: 'plan_strategy',
  noun: 'strategy',
  parentKinds: ['priority'],
  siblingKey: (fields, current) => ({ parentId: next(fields, current, 'priorityId') ?? null }),
  scope: ({ parentId }) => (parentId ? eq(planStrategies.priorityId, parentId) : isNull(planStrategies.id)),
  check: async (links, fields) => {
    await links.item('priorityId', planPriorities, fields.priorityId, 'a priority area');
    await links.items('goalIds', planGoals, fields.goalIds, 'goals');
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planStrategies)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) => {
    const [row] = await tx
      .update(planStrategies)
      .set(changed(fields, position))
      .where(and(eq(planStrategies.id, current.id), eq(planStrategies.version, current.version)))
      .returning();
    if (row && fields.practiceCodes !== undefined)
      await refreshLatestPlacement(tx, placementOf.strategy(row.id));
    return row;
  },
  remove: (tx, row) => deleteStrategies(tx, eq(planStrategies.id, row.id)),
};

const milestone: ItemSpec<'milestone'> = {
  table: planMilestones,
  entityType: 'plan_milestone',
  noun: 'milestone',
  parentKinds: ['strategy'],
  siblingKey: (fields, current) => ({ parentId: next(fields, current, 'strategyId') ?? null }),
  scope: ({ parentId }) => (parentId ? eq(planMilestones.strategyId, parentId) : isNull(planMilestones.id)),
  check: async (links, fields) => {
    await links.item('strategyId', planStrategies, fields.strategyId, 'a strategy');
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planMilestones)
        .values({ ...input, ...base })
        .returning()
    )[0],
  update: async (tx, current, fields, position) => {
    const [row] = await tx
      .update(planMilestones)
      .set(changed(fields, position))
      .where(and(eq(planMilestones.id, current.id), eq(planMilestones.version, current.version)))
      .returning();
    if (row && fields.strategyId !== undefined)
      await refreshLatestPlacement(tx, placementOf.milestone(row.id));
    return row;
  },
  remove: (tx, row) => deleteMilestones(tx, eq(planMilestones.id, row.id)),
};

const action: ItemSpec<'action'> = {
  table: planActions,
  entityType: 'plan_action',
  noun: 'action',
  parentKinds: ['milestone'],
  siblingKey: (fields, current) => ({ parentId: next(fields, current, 'milestoneId') ?? null }),
  scope: ({ parentId }) => (parentId ? eq(planActions.milestoneId, parentId) : isNull(planActions.id)),
  check: async (links, fields, current) => {
    await links.item('milestoneId', planMilestones, fields.milestoneId, 'a milestone');
    await links.person('responsiblePersonId', fields.responsiblePersonId);
    const start = next(fields, current, 'startDate');
    const end = next(fields, current, 'endDate');
    if (start && end && end < start) links.add('endDate', 'The end date cannot be before the start date.');
  },
  insert: async (tx, input, base) =>
    (
      await tx
        .insert(planActions)
        .values({ ...input, ...base, budgetAmount: money(input.budgetAmount) })
        .returning()
    )[0],
  update: async (tx, current, fields, position) => {
    const [row] = await tx
      .update(planActions)
      .set(changed({ ...fields, budgetAmount: money(fields.budgetAmount) }, position))
      .where(and(eq(planActions.id, current.id), eq(planActions.version, current.version)))
      .returning();
    if (row && (fields.milestoneId !== undefined || fields.endDate !== undefined)) {
      await refreshLatestPlacement(tx, placementOf.action(row.id));
    }
    return row;
  },
  remove: async (tx, row) => ({ action: await deleteActions(tx, eq(planActions.id, row.id)) }),
};

/** Every kind of plan item, by the name used in reorders and audit. */
export const itemSpecs: { [K in PlanItemKind]: ItemSpec<K> } = {
  goal,
  measure,
  swot,
  rootCause,
  priority,
  strategy,
  milestone,
  action,
};

/** One list of one plan. */
export function siblingsOf<K extends PlanItemKind>(spec: ItemSpec<K>, planId: string, key: SiblingKey): SQL {
  return and(eq(spec.table.planId, planId), spec.scope(key)) as SQL;
}

export function sameList(a: SiblingKey, b: SiblingKey) {
  return a.parentId === b.parentId && a.quadrant === b.quadrant;
}

/** An item of this plan; one of another plan is as unknown as one that never existed. */
export async function loadItem<K extends PlanItemKind>(
  tx: Tx,
  kind: K,
  planId: string,
  itemId: string,
): Promise<ItemRows[K]> {
  const spec: ItemSpec<K> = itemSpecs[kind];
  const table: ItemTable = spec.table;
  const [row] = await tx
    .select()
    .from(table)
    .where(and(eq(table.id, itemId), eq(table.planId, planId)));
  if (!row) throw notFound(capitalize(spec.noun));
  return row as ItemRows[K];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
