import { index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  ImportStatus,
  MetricDirection,
  MetricKind,
  MetricUnit,
  ObservationSource,
} from '../../../shared/schemas/monitoring-enums';
import { organizations } from './organizations';
import { apiTokens, people } from './people';
import { planMeasures } from './plans';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A metric of the catalogue. An organization's metrics are visible to it and every organization below, so a
 * state defines "Grade 7 math benchmark proficiency" once and every school reports against it.
 */
export const metrics = pgTable(
  'metrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Short code used by imports and the API, unique among the metrics an organization can see. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind').$type<MetricKind>().notNull(),
    unit: text('unit').$type<MetricUnit>().notNull(),
    better: text('better').$type<MetricDirection>().notNull(),
    dataSource: text('data_source'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('metrics_org_code_unique').on(t.organizationId, t.code)],
);

/**
 * One aggregate figure: a metric's value for an organization, a period (YYYY school year, YYYY-Qn or
 * YYYY-MM) and a breakdown ('' for all students, or e.g. "Grade 7"). Never a student's record.
 */
export const observations = pgTable(
  'observations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    metricId: uuid('metric_id')
      .notNull()
      .references(() => metrics.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    period: text('period').notNull(),
    breakdown: text('breakdown').notNull().default(''),
    value: numeric('value', { precision: 14, scale: 4 }).notNull(),
    note: text('note'),
    source: text('source').$type<ObservationSource>().notNull(),
    importId: uuid('import_id'),
    recordedById: uuid('recorded_by_id').references(() => people.id),
    recordedByTokenId: uuid('recorded_by_token_id').references(() => apiTokens.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('observations_point_unique').on(t.metricId, t.organizationId, t.period, t.breakdown),
    index('observations_org_idx').on(t.organizationId, t.metricId),
  ],
);

/** A committed (or refused) import of observations: who, which file, how many rows. */
export const observationImports = pgTable(
  'observation_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    fileName: text('file_name').notNull(),
    status: text('status').$type<ImportStatus>().notNull(),
    rowCount: integer('row_count').notNull(),
    errorCount: integer('error_count').notNull().default(0),
    createdById: uuid('created_by_id').references(() => people.id),
    createdByTokenId: uuid('created_by_token_id').references(() => apiTokens.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('observation_imports_org_idx').on(t.organizationId, t.createdAt)],
);

/** Links a plan measure to the catalogue metric whose observations are its actual values. */
export const measureMetrics = pgTable('measure_metrics', {
  measureId: uuid('measure_id')
    .primaryKey()
    .references(() => planMeasures.id),
  metricId: uuid('metric_id')
    .notNull()
    .references(() => metrics.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The annual review of one measure: the template's "Explanation & Needed Adjustments" for a plan year. */
export const measureReviews = pgTable(
  'measure_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => planMeasures.id),
    /** The school year's start year, e.g. 2026 for 2026–27. */
    year: integer('year').notNull(),
    explanation: text('explanation').notNull(),
    adjustments: text('adjustments'),
    updatedById: uuid('updated_by_id').references(() => people.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('measure_reviews_measure_year_unique').on(t.measureId, t.year)],
);
