import { and, eq } from 'drizzle-orm';
import {
  monthsOfQuarter,
  monthsOfSchoolYear,
  parseQuarter,
  semesterOfQuarter,
} from '../../shared/monitoring/calendar';
import { type FiguresReport, quarterFigures } from '../../shared/monitoring/figures';
import type { CalendarFields, ImplementationFigures } from '../../shared/schemas/monitoring';
import type { Db, Tx } from '../db/client';
import { milestoneReviews } from '../db/schema';
import { calendarFor, today as todayOf } from './calendars';
import { loadOutline, type PlanOutline, planInEffect } from './plan-outline';
import { yearReportsForFigures } from './reports';

/**
 * Tool A's quarterly implementation figures for an organization's plan in effect that school year.
 * Reads only what the rules use: the plan's outline, its reports from the start of the school year to the
 * quarter's end, each action's standing when the year began, and the semester's reviews.
 */
export async function implementationFigures(
  tx: Tx | Db,
  organization: { id: string; path: string },
  period: string,
  today: string = todayOf(),
  calendar?: CalendarFields,
): Promise<ImplementationFigures> {
  const cal = calendar ?? (await calendarFor(tx, organization)).fields;
  const { year } = parseQuarter(period);
  const plan = await planInEffect(tx, organization.id, year);
  let outline: PlanOutline = { strategies: [], milestones: [], actions: [] };
  let reports: FiguresReport[] = [];
  let reviews: (typeof milestoneReviews.$inferSelect)[] = [];
  if (plan) {
    outline = await loadOutline(tx, plan.id);
    const ofPlan = { organizationId: organization.id, planId: plan.id };
    const yearStart = monthsOfSchoolYear(cal, year)[0] as string;
    const quarterEnd = monthsOfQuarter(cal, period).at(-1) as string;
    reports = await yearReportsForFigures(tx, ofPlan, { yearStart, until: quarterEnd });
    reviews = await tx
      .select()
      .from(milestoneReviews)
      .where(
        and(
          eq(milestoneReviews.organizationId, organization.id),
          eq(milestoneReviews.semester, semesterOfQuarter(cal, period)),
          eq(milestoneReviews.planId, plan.id),
        ),
      );
  }
  const figures = quarterFigures({
    calendar: cal,
    quarter: period,
    today,
    strategies: outline.strategies,
    milestones: outline.milestones,
    actions: outline.actions,
    reports,
    reviews,
  });
  return { organizationId: organization.id, planId: plan?.id ?? null, ...figures };
}
