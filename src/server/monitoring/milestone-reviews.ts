import { and, eq } from 'drizzle-orm';
import { monthsOfQuarter, monthsOfSchoolYear, parseSemester } from '../../shared/monitoring/calendar';
import type { CalendarFields, MilestoneReviewSheet } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import { milestoneReviews, organizations, planMilestones, plans } from '../db/schema';
import { notFound } from '../http/errors';
import { presentMilestoneReview } from '../presenters/monitoring';
import type { OrganizationRow } from '../queries/organizations';
import { loadOutline, planInEffect } from './plan-outline';
import { named, namesOf, yearReportsForFigures } from './reports';
import { reportingQuarterOf, suggestReviews } from './review-suggestions';

/** The semester review sheet: every milestone of the plan for that school year, reviewed or not. */
export async function milestoneReviewSheet(
  tx: Tx | Db,
  input: {
    organization: { id: string; path: string };
    calendar: CalendarFields;
    semester: string;
    today: string;
    canReview: boolean;
  },
): Promise<MilestoneReviewSheet> {
  const { organization, calendar, semester } = input;
  const { year } = parseSemester(semester);
  const plan = await planInEffect(tx, organization.id, year);
  if (!plan) {
    return {
      organizationId: organization.id,
      planId: null,
      semester,
      items: [],
      abilities: { review: false },
    };
  }
  const outline = await loadOutline(tx, plan.id);
  const ofPlan = { organizationId: organization.id, planId: plan.id };
  const yearStart = monthsOfSchoolYear(calendar, year)[0] as string;
  const until = monthsOfQuarter(calendar, reportingQuarterOf(calendar, semester)).at(-1) as string;
  const reports = await yearReportsForFigures(tx, ofPlan, { yearStart, until });
  const reviews = await tx
    .select()
    .from(milestoneReviews)
    .where(and(eq(milestoneReviews.planId, plan.id), eq(milestoneReviews.semester, semester)));
  const names = await namesOf(
    tx,
    reviews.map((r) => r.reviewedById),
  );
  const suggestions = suggestReviews({
    calendar,
    semester,
    today: input.today,
    milestones: outline.milestones,
    actions: outline.actions,
    reports,
  });
  const strategies = new Map(outline.strategies.map((s) => [s.id, s]));
  return {
    organizationId: organization.id,
    planId: plan.id,
    semester,
    abilities: { review: input.canReview },
    items: outline.milestones.map((m) => {
      const strategy = strategies.get(m.strategyId)!;
      const review = reviews.find((r) => r.milestoneId === m.id);
      return {
        milestone: {
          id: m.id,
          number: m.number,
          title: m.title,
          dueDate: m.dueDate,
          responsibleTeam: m.responsibleTeam,
        },
        strategy: { id: strategy.id, number: strategy.number, title: strategy.title },
        review: review ? presentMilestoneReview(review, named(names, review.reviewedById)) : null,
        suggested: suggestions.get(m.id) ?? {
          completed: false,
          behind: false,
          actions: 0,
          actionsCompleted: 0,
        },
      };
    }),
  };
}

/** A milestone with its plan's period and organization, for a review write. */
export async function loadMilestoneForReview(tx: Tx | Db, milestoneId: string) {
  const [row] = await tx
    .select({ milestone: planMilestones, plan: plans, organization: organizations })
    .from(planMilestones)
    .innerJoin(plans, eq(plans.id, planMilestones.planId))
    .innerJoin(organizations, eq(organizations.id, plans.organizationId))
    .where(eq(planMilestones.id, milestoneId));
  if (!row) throw notFound('Milestone');
  return row as {
    milestone: typeof planMilestones.$inferSelect;
    plan: typeof plans.$inferSelect;
    organization: OrganizationRow;
  };
}
