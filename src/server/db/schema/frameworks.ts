import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FrameworkFile } from '../../../shared/schemas/framework-format';
import { organizations } from './organizations';
import { people } from './people';

/**
 * One row per framework version. Published versions never change; a draft (cloned or imported) is edited in
 * place (guarded by `revision`) and published as the next version of its key. Shipped frameworks have no owner.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    kind: text('kind').$type<'rubric' | 'taxonomy'>().notNull(),
    status: text('status').$type<'draft' | 'published'>().notNull(),
    ownerId: uuid('owner_id').references(() => organizations.id),
    definition: jsonb('definition').$type<FrameworkFile>().notNull(),
    itemCount: integer('item_count').notNull(),
    /** Optimistic concurrency for drafts; published rows stay at their last revision. */
    revision: integer('revision').notNull().default(1),
    createdById: uuid('created_by_id').references(() => people.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('frameworks_key_version_unique').on(t.key, t.version),
    index('frameworks_owner_idx').on(t.ownerId),
  ],
);

/** A state or district makes frameworks available, or requires them, for the organizations below it. */
export const frameworkAvailability = pgTable(
  'framework_availability',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    frameworkKey: text('framework_key').notNull(),
    status: text('status').$type<'available' | 'required'>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.frameworkKey] })],
);

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => frameworks.id),
    title: text('title').notNull(),
    period: text('period').notNull(),
    /** Keys of the top-level or nested sections chosen; null means the whole framework. */
    sectionKeys: jsonb('section_keys').$type<string[] | null>(),
    mode: text('mode').$type<'single' | 'team' | 'anonymous'>().notNull(),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => people.id),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessments_org_idx').on(t.organizationId, t.createdAt)],
);

export const assessmentRaters = pgTable(
  'assessment_raters',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.personId] })],
);

/** Each rater's own rating of one item; saved as they go. In anonymous mode only aggregates ever leave the server. */
export const assessmentRatings = pgTable(
  'assessment_ratings',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => people.id),
    itemKey: text('item_key').notNull(),
    levelKey: text('level_key'),
    evidence: text('evidence'),
    notes: text('notes'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.raterId, t.itemKey] })],
);

export const assessmentConsensus = pgTable(
  'assessment_consensus',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    itemKey: text('item_key').notNull(),
    levelKey: text('level_key').notNull(),
    rationale: text('rationale'),
    updatedById: uuid('updated_by_id').references(() => people.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.itemKey] })],
);

/** The team's answers to a section's reflection prompts (strengths, weaknesses…), in the framework's own words. */
export const assessmentReflections = pgTable(
  'assessment_reflections',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    sectionKey: text('section_key').notNull(),
    promptIndex: integer('prompt_index').notNull(),
    response: text('response').notNull(),
    updatedById: uuid('updated_by_id').references(() => people.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.sectionKey, t.promptIndex] })],
);

/** Items carried from an assessment into the needs assessment as candidate priority areas. */
export const priorityCandidates = pgTable(
  'priority_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    frameworkKey: text('framework_key').notNull(),
    itemKey: text('item_key').notNull(),
    itemCode: text('item_code'),
    itemTitle: text('item_title').notNull(),
    levelKey: text('level_key'),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('priority_candidates_org_idx').on(t.organizationId),
    uniqueIndex('priority_candidates_unique').on(t.assessmentId, t.itemKey),
  ],
);
