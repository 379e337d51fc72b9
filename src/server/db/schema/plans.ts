import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  FishboneCategory,
  GlossaryEntry,
  LeadershipMember,
  MeasureRow,
  NeedsElements,
  PlanSnapshot,
  WhyStep,
} from '../../../shared/schemas/plan';
import type {
  CommentAnchorType,
  PlanStatus,
  PlanVersionKind,
  RootCauseMethod,
  SwotQuadrant,
} from '../../../shared/schemas/plan-enums';
import { organizations } from './organizations';
import { people } from './people';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * An organization's improvement plan for a period of school years (start year 2026 and 3 years is
 * 2026–27 to 2028–29). `checkCount` and `practiceCodes` are kept current by every plan write, so the
 * upstream view filters thousands of plans without loading them.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    years: integer('years').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    checkCount: integer('check_count').notNull().default(0),
    practiceCodes: jsonb('practice_codes').$type<string[]>().notNull().default([]),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => people.id),
    ...timestamps,
  },
  (t) => [
    index('plans_org_idx').on(t.organizationId),
    uniqueIndex('plans_org_period_unique')
      .on(t.organizationId, t.startYear)
      .where(sql`${t.archivedAt} IS NULL`),
  ],
);

/** Step 1, set the direction: one row per plan, versioned apart from the plan so editors do not collide. */
export const planDirections = pgTable('plan_directions', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  vision: text('vision'),
  mission: text('mission'),
  purposeIf: text('purpose_if'),
  purposeThen: text('purpose_then'),
  purposeAnd: text('purpose_and'),
  glossary: jsonb('glossary').$type<GlossaryEntry[]>().notNull().default([]),
  leadershipTeam: jsonb('leadership_team').$type<LeadershipMember[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Step 2, the needs assessment's narrative parts: what was examined, how, and with whom. */
export const planNeedsAssessments = pgTable('plan_needs_assessments', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  elements: jsonb('elements').$type<NeedsElements>().notNull().default({ checked: [], other: {} }),
  process: text('process'),
  stakeholderInput: text('stakeholder_input'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const planGoals = pgTable(
  'plan_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    position: integer('position').notNull(),
    statement: text('statement').notNull(),
    explanation: text('explanation'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('plan_goals_plan_idx').on(t.planId, t.position)],
);

/** A goal or a strategy performance measure; exactly one owner. Rows are the overall line and any breakdowns. */
export const planMeasures = pgTable(
  'plan_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    goalId: uuid('goal_id').references(() => planGoals.id),
    strategyId: uuid('strategy_id').references(() => planStrategies.id),
    position: integer('position').notNull(),
    indicator: text('indicator').notNull(),
    dataSource: text('data_source'),
    unit: text('unit'),
    rows: jsonb('rows').$type<MeasureRow[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('plan_measures_plan_idx').on(t.planId),
    check('plan_measures_one_owner', sql`(${t.goalId} IS NULL) <> (${t.strategyId} IS NULL)`),
  ],
);

export const planSwotEntries = pgTable(
  'plan_swot_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    quadrant: text('quadrant').$type<SwotQuadrant>().notNull(),
    position: integer('position').notNull(),
    statement: text('statement').notNull(),
    evidence: text('evidence'),
    leverage: text('leverage'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('plan_swot_plan_idx').on(t.planId, t.quadrant, t.position)],
);

/** A 5 Whys chain or a fishbone; the method decides which of `whys` / `categories` is used. */
export const planRootCauses = pgTable(
  'plan_root_causes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    method: text('method').$type<RootCauseMethod>().notNull(),
    position: integer('position').notNull(),
    problem: text('problem').notNull(),
    whys: jsonb('whys').$type<WhyStep[]>().notNull().default([]),
    categories: jsonb('categories').$type<FishboneCategory[]>().notNull().default([]),
    rootCause: text('root_cause'),
    swotEntryId: uuid('swot_entry_id').references(() => planSwotEntries.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('plan_root_causes_plan_idx').on(t.planId, t.position)],
);

export const planPriorities = pgTable(
  'plan_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    swotEntryIds: jsonb('swot_entry_ids').$type<string[]>().notNull().default([]),
    rootCauseIds: jsonb('root_cause_ids').$type<string[]>().notNull().default([]),
    candidateIds: jsonb('candidate_ids').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('plan_priorities_plan_idx').on(t.planId, t.position)],
);

export const planStrategies = pgTable(
  'plan_strategies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => planPriorities.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    toaIf: text('toa_if'),
    toaThen: text('toa_then'),
    toaAnd: text('toa_and'),
    practiceCodes: jsonb('practice_codes').$type<string[]>().notNull().default([]),
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
    rationale: text('rationale'),
    evidence: text('evidence'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('plan_strategies_plan_idx').on(t.planId),
    index('plan_strategies_priority_idx').on(t.priorityId, t.position),
  ],
);

export const planMilestones = pgTable(
  'plan_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => planStrategies.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    responsibleTeam: text('responsible_team'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('plan_milestones_plan_idx').on(t.planId),
    index('plan_milestones_strategy_idx').on(t.strategyId, t.position),
  ],
);

export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => planMilestones.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    outputs: text('outputs'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    budgetAmount: numeric('budget_amount', { precision: 14, scale: 2 }),
    fundingSource: text('funding_source'),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id),
    responsibleName: text('responsible_name'),
    collaborators: text('collaborators'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('plan_actions_plan_idx').on(t.planId),
    index('plan_actions_milestone_idx').on(t.milestoneId, t.position),
    index('plan_actions_responsible_idx').on(t.responsiblePersonId),
  ],
);

/** A requested signature; the signatory signs as themselves and the name and position are copied at signing. */
export const planSignatures = pgTable(
  'plan_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    roleInPlan: text('role_in_plan').notNull(),
    requestedById: uuid('requested_by_id').references(() => people.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedName: text('signed_name'),
    signedPosition: text('signed_position'),
    signedVersionNumber: integer('signed_version_number'),
  },
  (t) => [uniqueIndex('plan_signatures_person_unique').on(t.planId, t.personId)],
);

/** A frozen copy of the whole plan: at each signature request, at signing, and at each recorded update. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    number: integer('number').notNull(),
    kind: text('kind').$type<PlanVersionKind>().notNull(),
    summary: text('summary'),
    snapshot: jsonb('snapshot').$type<PlanSnapshot>().notNull(),
    createdById: uuid('created_by_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_versions_number_unique').on(t.planId, t.number)],
);

/** A coaching comment; a thread is its first comment and the replies that name it as `threadId`. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    threadId: uuid('thread_id'),
    anchorType: text('anchor_type').$type<CommentAnchorType>().notNull(),
    anchorId: uuid('anchor_id'),
    body: text('body').notNull(),
    mentionIds: jsonb('mention_ids').$type<string[]>().notNull().default([]),
    authorId: uuid('author_id').references(() => people.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId, t.createdAt)],
);

/** A person's in-app inbox; email copies go through the outbox. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_person_idx').on(t.personId, t.createdAt)],
);
