import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SupportStatus } from '../../../shared/schemas/monitoring-enums';
import { organizations } from './organizations';
import { people } from './people';
import { planMilestones, planStrategies, plans, planVersions } from './plans';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A change to a signed plan with why it was made: the cause, the evidence, who decided and when. Visible to
 * the levels above, which are notified, because an adjustment can affect their own plans.
 */
export const adjustments = pgTable(
  'adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    planId: uuid('plan_id').references(() => plans.id),
    /** The plan version recorded with this adjustment, when it came from recording a plan update. */
    planVersionId: uuid('plan_version_id').references(() => planVersions.id),
    strategyId: uuid('strategy_id').references(() => planStrategies.id),
    milestoneId: uuid('milestone_id').references(() => planMilestones.id),
    summary: text('summary').notNull(),
    cause: text('cause').notNull(),
    evidence: text('evidence').notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    createdById: uuid('created_by_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('adjustments_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * A support: needed by one organization (tied to a strategy or milestone, coded to a practice), answered by
 * the organization above, provided by it or a vendor, then rated for how it was used and how well it worked.
 */
export const supports = pgTable(
  'supports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The organization asked: the requester's parent when requested, else the provider. */
    respondentOrganizationId: uuid('respondent_organization_id').references(() => organizations.id),
    planId: uuid('plan_id').references(() => plans.id),
    strategyId: uuid('strategy_id').references(() => planStrategies.id),
    milestoneId: uuid('milestone_id').references(() => planMilestones.id),
    practiceCode: text('practice_code'),
    need: text('need').notNull(),
    status: text('status').$type<SupportStatus>().notNull(),
    response: text('response'),
    providerOrganizationId: uuid('provider_organization_id').references(() => organizations.id),
    providerVendor: text('provider_vendor'),
    description: text('description'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    howUsed: text('how_used'),
    effectivenessRating: integer('effectiveness_rating'),
    effectivenessExplanation: text('effectiveness_explanation'),
    requestedById: uuid('requested_by_id').references(() => people.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    answeredById: uuid('answered_by_id').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('supports_org_idx').on(t.organizationId, t.createdAt),
    index('supports_respondent_idx').on(t.respondentOrganizationId, t.status),
  ],
);
