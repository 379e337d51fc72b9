import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ActionStatus } from '../../../shared/schemas/monitoring-enums';
import { organizations } from './organizations';
import { people } from './people';
import { planActions, planMilestones, planStrategies, plans } from './plans';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A state's or district's reporting rhythm; organizations below without a row of their own inherit the
 * nearest one above, and the product default applies when nobody set one.
 */
export const reportingCalendars = pgTable('reporting_calendars', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  /** Month (1–12) the school year starts; quarters and semesters count from it. */
  yearStartMonth: integer('year_start_month').notNull(),
  /** The monthly status for month M is due on this day of month M + 1. */
  statusDueDay: integer('status_due_day').notNull(),
  /** Months (1–12) each quarter starts, in school-year order. */
  quarterStartMonths: jsonb('quarter_start_months').$type<number[]>().notNull(),
  /** Months (1–12) each semester starts, in school-year order. */
  semesterStartMonths: jsonb('semester_start_months').$type<number[]>().notNull(),
  /** Month (1–12) of the annual review of measures. */
  annualReviewMonth: integer('annual_review_month').notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** One action's status for one month (`period` is YYYY-MM); a second report for the same month replaces it. */
export const actionStatusReports = pgTable(
  'action_status_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    period: text('period').notNull(),
    status: text('status').$type<ActionStatus>().notNull(),
    percentComplete: integer('percent_complete').notNull(),
    outputsDone: text('outputs_done'),
    comment: text('comment'),
    cause: text('cause'),
    adjustment: text('adjustment'),
    resourcesUsed: text('resources_used'),
    budgetUsed: numeric('budget_used', { precision: 14, scale: 2 }),
    reportedById: uuid('reported_by_id').references(() => people.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('action_status_reports_action_period_unique').on(t.actionId, t.period),
    index('action_status_reports_org_period_idx').on(t.organizationId, t.period),
  ],
);

/**
 * Summary: each action's latest report with where it sits (organization, district, practice codes), kept
 * current in the same transaction as every status write, so network roll-ups read one row per action.
 */
export const actionStatusLatest = pgTable(
  'action_status_latest',
  {
    actionId: uuid('action_id')
      .primaryKey()
      .references(() => planActions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    districtId: uuid('district_id').references(() => organizations.id),
    organizationPath: text('organization_path').notNull(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => planStrategies.id),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => planMilestones.id),
    practiceCodes: jsonb('practice_codes').$type<string[]>().notNull().default([]),
    period: text('period').notNull(),
    status: text('status').$type<ActionStatus>().notNull(),
    percentComplete: integer('percent_complete').notNull(),
    endDate: date('end_date', { mode: 'string' }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('action_status_latest_org_idx').on(t.organizationId),
    index('action_status_latest_district_idx').on(t.districtId),
    index('action_status_latest_path_idx').using('btree', t.organizationPath.op('text_pattern_ops')),
  ],
);

/**
 * Summary: per organization and month, how many reports of each status — the network's implementation
 * roll-ups and reporting-gap views read these rows, never the reports themselves.
 */
export const organizationPeriodStatus = pgTable(
  'organization_period_status',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    period: text('period').notNull(),
    organizationPath: text('organization_path').notNull(),
    districtId: uuid('district_id').references(() => organizations.id),
    reported: integer('reported').notNull().default(0),
    notStarted: integer('not_started').notNull().default(0),
    onTrack: integer('on_track').notNull().default(0),
    atRisk: integer('at_risk').notNull().default(0),
    behind: integer('behind').notNull().default(0),
    completed: integer('completed').notNull().default(0),
    cancelled: integer('cancelled').notNull().default(0),
    budgetUsed: numeric('budget_used', { precision: 16, scale: 2 }).notNull().default('0'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.period] }),
    index('organization_period_status_path_idx').using('btree', t.organizationPath.op('text_pattern_ops')),
  ],
);

/** A team's semester review of one milestone (`semester` is YYYY-S1 or YYYY-S2 of the school year). */
export const milestoneReviews = pgTable(
  'milestone_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => planMilestones.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    semester: text('semester').notNull(),
    completed: boolean('completed').notNull(),
    behind: boolean('behind').notNull(),
    cause: text('cause'),
    adjustment: text('adjustment'),
    reviewedById: uuid('reviewed_by_id').references(() => people.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('milestone_reviews_milestone_semester_unique').on(t.milestoneId, t.semester),
    index('milestone_reviews_org_idx').on(t.organizationId, t.semester),
  ],
);

/** The team's own words for a quarter's report (`period` is YYYY-Qn); the figures come from the data. */
export const quarterlyReports = pgTable(
  'quarterly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    period: text('period').notNull(),
    narrative: text('narrative').notNull().default(''),
    updatedById: uuid('updated_by_id').references(() => people.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('quarterly_reports_org_period_unique').on(t.organizationId, t.period)],
);

/** Keeps sent reminders from being sent twice: one row per reminder kind, person and occasion. */
export const reminderSends = pgTable(
  'reminder_sends',
  {
    kind: text('kind').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    occasion: text('occasion').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.personId, t.occasion] })],
);

/** Scheduled jobs: one holder at a time across every app instance, taken and renewed with a lease. */
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** One row per completed run of a job for an occasion (e.g. status-due 2026-11), so a restart does not repeat it. */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    occasion: text('occasion').notNull(),
    holder: text('holder').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    sent: integer('sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.job, t.occasion] })],
);

/** How a person wants to hear from Throughline; no row means the defaults (an email per notification). */
export const personPreferences = pgTable('person_preferences', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  dailyDigest: boolean('daily_digest').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
