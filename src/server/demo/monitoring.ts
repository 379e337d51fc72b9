import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { milestoneReviewInput, statusInput } from '../../shared/schemas/monitoring';
import { createMetricInput, observationInput } from '../../shared/schemas/performance';
import {
  evaluateSupportInput,
  provideSupportInput,
  requestSupportInput,
  respondSupportInput,
} from '../../shared/schemas/supports';
import type { Grant } from '../auth/actor';
import { recordAdjustment } from '../commands/adjustments/record';
import type { CommandContext } from '../commands/context';
import { reportStatus } from '../commands/monitoring/report-status';
import { reviewMilestone } from '../commands/monitoring/review-milestone';
import { createMetric } from '../commands/performance/create-metric';
import { linkMeasureMetric } from '../commands/performance/link-metric';
import { recordObservations } from '../commands/performance/record-observations';
import { evaluateSupport } from '../commands/supports/evaluate';
import { provideSupport } from '../commands/supports/provide';
import { requestSupport } from '../commands/supports/request';
import { respondToSupport } from '../commands/supports/respond';
import {
  actionStatusLatest,
  actionStatusReports,
  adjustments,
  memberships,
  milestoneReviews,
  notifications,
  observations,
  organizations,
  planActions,
  planGoals,
  planMeasures,
  planMilestones,
  planPriorities,
  planStrategies,
  plans,
  supports,
} from '../db/schema';
import { loadActionContext } from '../monitoring/action-context';
import { today } from '../monitoring/calendars';
import { loadPlan } from '../plans/load';
import type { OrganizationRow } from '../queries/organizations';
import { findPersonByEmail } from '../queries/people';
import { loadSupport, type SupportRow } from '../supports/queries';
import { demoMeasureLinks, demoMetrics, demoObservations } from './monitoring-data/performance';
import { demoReviews, demoStatuses } from './monitoring-data/statuses';
import { demoAdjustments, demoSupports } from './monitoring-data/supports';
import type { DemoSupport } from './monitoring-data/types';

type Demo = {
  ctx: CommandContext;
  organization(key: string): OrganizationRow;
  /** A context acting as the demo person, with the roles they hold, so commands record them. */
  as(email: string): Promise<CommandContext>;
  plan(key: string): Promise<PlanItems>;
  /** Gives the notifications the last command sent the date the story has it sent. */
  dateNotices(at: string): Promise<void>;
};

/**
 * Loads the first months of implementation after the demo plans: monthly statuses, semester reviews,
 * benchmark results by grade with Hudson Middle School's measures linked to them, adjustments and supports,
 * each through the command people use and then dated as the story has it.
 */
export async function seedDemoMonitoring(ctx: CommandContext, byKey: Map<string, OrganizationRow>) {
  const demo = demoContext(ctx, byKey);
  await seedPerformance(demo);
  await seedStatuses(demo);
  for (const adjustment of demoAdjustments) {
    const { organization, by, strategy, milestone, ...decision } = adjustment;
    const items = await demo.plan(organization);
    const row = await recordAdjustment(await demo.as(by), {
      ...decision,
      organization: demo.organization(organization),
      strategyId: strategy ? items.strategy(strategy) : null,
      milestoneId: milestone ? items.milestone(milestone) : null,
    });
    const at = `${decision.decidedOn}T18:00:00Z`;
    await ctx.tx
      .update(adjustments)
      .set({ createdAt: new Date(at) })
      .where(eq(adjustments.id, row.id));
    await demo.dateNotices(at);
  }
  for (const support of demoSupports) await seedSupport(demo, support);
}

async function seedPerformance(demo: Demo) {
  const { tx } = demo.ctx;
  const metricIds = new Map<string, string>();
  for (const { organization, ...fields } of demoMetrics) {
    const row = await createMetric(await demo.as(demoAdmin(organization)), {
      ...createMetricInput.parse(fields),
      organization: demo.organization(organization),
    });
    metricIds.set(row.code, row.id);
  }
  for (const batch of demoObservations) {
    const rows = await recordObservations(await demo.as(batch.recorder), {
      organization: demo.organization(batch.organization),
      items: batch.items.map(({ metric, ...item }) =>
        observationInput.parse({ metricCode: metric, ...item }),
      ),
    });
    await tx
      .update(observations)
      .set({ recordedAt: new Date(batch.at) })
      .where(
        inArray(
          observations.id,
          rows.map((r) => r.id),
        ),
      );
  }
  for (const link of demoMeasureLinks) {
    const items = await demo.plan(link.organization);
    await linkMeasureMetric(await demo.as(link.by), {
      loaded: await loadPlan(tx, items.planId),
      measureId: items.measure(link.owner, link.position),
      metricId: metricIds.get(link.metric)!,
    });
  }
}

async function seedStatuses(demo: Demo) {
  const { tx } = demo.ctx;
  const date = today();
  for (const { organization, actions } of demoStatuses) {
    const items = await demo.plan(organization);
    for (const { action: number, reporter, months } of actions) {
      const ctx = await demo.as(reporter);
      for (const { at, ...month } of months) {
        const action = await loadActionContext(tx, items.action(number));
        const status = statusInput.parse(month);
        const { row } = await reportStatus(ctx, { action, status, today: date });
        const reportedAt = new Date(at);
        await tx.update(actionStatusReports).set({ reportedAt }).where(eq(actionStatusReports.id, row.id));
        await tx
          .update(actionStatusLatest)
          .set({ reportedAt })
          .where(
            and(eq(actionStatusLatest.actionId, row.actionId), eq(actionStatusLatest.period, row.period)),
          );
      }
    }
  }
  for (const { organization, milestone, reviewer, at, ...review } of demoReviews) {
    const items = await demo.plan(organization);
    const { plan } = await loadPlan(tx, items.planId);
    const row = await reviewMilestone(await demo.as(reviewer), {
      plan,
      milestoneId: items.milestone(milestone),
      review: milestoneReviewInput.parse(review),
    });
    await tx
      .update(milestoneReviews)
      .set({ reviewedAt: new Date(at) })
      .where(eq(milestoneReviews.id, row.id));
  }
}

async function seedSupport(demo: Demo, data: DemoSupport) {
  const { tx } = demo.ctx;
  const organization = demo.organization(data.organization);
  const items = await demo.plan(data.organization);
  const links = {
    strategyId: data.strategy ? items.strategy(data.strategy) : null,
    milestoneId: data.milestone ? items.milestone(data.milestone) : null,
    practiceCode: data.practiceCode ?? null,
  };
  const { origin } = data;
  const dated = async (row: SupportRow, at: string, fields: Partial<typeof supports.$inferInsert>) => {
    await tx
      .update(supports)
      .set({ ...fields, updatedAt: new Date(at) })
      .where(eq(supports.id, row.id));
    await demo.dateNotices(at);
  };
  let row: SupportRow;
  if (origin.kind === 'requested') {
    const input = requestSupportInput.parse({ need: origin.need, ...links });
    row = await requestSupport(await demo.as(origin.by), { ...input, organization });
    await dated(row, origin.at, { createdAt: new Date(origin.at), requestedAt: new Date(origin.at) });
  } else {
    const { by, at, kind, ...fields } = origin;
    const input = provideSupportInput.parse({ ...fields, ...links });
    row = await provideSupport(await demo.as(by), { ...input, organization });
    await dated(row, at, { createdAt: new Date(at), answeredAt: new Date(at) });
  }
  for (const { by, at, ...answer } of data.answers ?? []) {
    const support = await loadSupport(tx, row.id, { lock: true });
    const input = respondSupportInput.parse({ ...answer, version: support.version });
    row = await respondToSupport(await demo.as(by), { ...input, support, organization });
    await dated(row, at, { answeredAt: new Date(at) });
  }
  if (data.evaluation) {
    const { by, at, howUsed, rating, explanation } = data.evaluation;
    const support = await loadSupport(tx, row.id, { lock: true });
    const input = evaluateSupportInput.parse({
      howUsed,
      effectivenessRating: rating,
      effectivenessExplanation: explanation,
      version: support.version,
    });
    row = await evaluateSupport(await demo.as(by), { ...input, support, organization });
    await dated(row, at, {});
  }
}

/** Who keeps an organization's catalogue in the demo. */
function demoAdmin(organization: string) {
  if (organization === 'state') return 'state.admin@example.org';
  if (organization === 'hudson') return 'district.admin@example.org';
  return 'principal@example.org';
}

function demoContext(ctx: CommandContext, byKey: Map<string, OrganizationRow>): Demo {
  const contexts = new Map<string, CommandContext>();
  const plansByKey = new Map<string, PlanItems>();
  return {
    ctx,
    organization(key) {
      const row = byKey.get(key);
      if (!row) throw new Error(`Demo organization ${key} is missing.`);
      return row;
    },
    async as(email) {
      const known = contexts.get(email);
      if (known) return known;
      const person = await findPersonByEmail(ctx.tx, email);
      if (!person) throw new Error(`Demo person ${email} is missing; load the demo network first.`);
      const grants: Grant[] = await ctx.tx
        .select({
          organizationId: memberships.organizationId,
          path: organizations.path,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.personId, person.id));
      const acting: CommandContext = {
        ...ctx,
        actor: { kind: 'person', personId: person.id, sessionId: null, csrfToken: null, grants },
      };
      contexts.set(email, acting);
      return acting;
    },
    async plan(key) {
      const known = plansByKey.get(key);
      if (known) return known;
      const items = await planItems(ctx, this.organization(key));
      plansByKey.set(key, items);
      return items;
    },
    async dateNotices(at) {
      // Everything this load writes shares the transaction's time until it is dated.
      await ctx.tx
        .update(notifications)
        .set({ createdAt: new Date(at) })
        .where(sql`${notifications.createdAt} = now()`);
    },
  };
}

type PlanItems = {
  planId: string;
  strategy(number: string): string;
  milestone(number: string): string;
  action(number: string): string;
  measure(owner: { kind: 'goal' | 'strategy'; number: string }, position: number): string;
};

/** The organization's live plan, with its items found by the numbers the plan shows (1.2, 1.2.1, 1.2.1.3). */
async function planItems(ctx: CommandContext, organization: OrganizationRow): Promise<PlanItems> {
  const { tx } = ctx;
  const [plan] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.organizationId, organization.id), isNull(plans.archivedAt)));
  if (!plan) throw new Error(`${organization.name} has no demo plan.`);
  const n = (position: number) => position + 1;
  const ids = new Map<string, string>();
  const rows = await tx
    .select({
      priority: planPriorities.position,
      strategy: planStrategies.position,
      strategyId: planStrategies.id,
      milestone: planMilestones.position,
      milestoneId: planMilestones.id,
      action: planActions.position,
      actionId: planActions.id,
    })
    .from(planStrategies)
    .innerJoin(planPriorities, eq(planPriorities.id, planStrategies.priorityId))
    .leftJoin(planMilestones, eq(planMilestones.strategyId, planStrategies.id))
    .leftJoin(planActions, eq(planActions.milestoneId, planMilestones.id))
    .where(eq(planStrategies.planId, plan.id));
  for (const row of rows) {
    const strategy = `${n(row.priority)}.${n(row.strategy)}`;
    ids.set(`strategy:${strategy}`, row.strategyId);
    if (row.milestoneId === null || row.milestone === null) continue;
    ids.set(`milestone:${strategy}.${n(row.milestone)}`, row.milestoneId);
    if (row.actionId !== null && row.action !== null)
      ids.set(`action:${strategy}.${n(row.milestone)}.${n(row.action)}`, row.actionId);
  }
  const goals = await tx
    .select({ id: planGoals.id, position: planGoals.position })
    .from(planGoals)
    .where(eq(planGoals.planId, plan.id));
  for (const goal of goals) ids.set(`goal:${n(goal.position)}`, goal.id);
  const measures = await tx
    .select({
      id: planMeasures.id,
      goalId: planMeasures.goalId,
      strategyId: planMeasures.strategyId,
      position: planMeasures.position,
    })
    .from(planMeasures)
    .where(eq(planMeasures.planId, plan.id));
  const find = (kind: string, number: string) => {
    const id = ids.get(`${kind}:${number}`);
    if (!id) throw new Error(`${organization.name}: the demo plan has no ${kind} ${number}.`);
    return id;
  };
  return {
    planId: plan.id,
    strategy: (number) => find('strategy', number),
    milestone: (number) => find('milestone', number),
    action: (number) => find('action', number),
    measure(owner, position) {
      const ownerId = find(owner.kind, owner.number);
      const measure = measures.find(
        (m) => (owner.kind === 'goal' ? m.goalId : m.strategyId) === ownerId && m.position === position,
      );
      if (!measure)
        throw new Error(`${organization.name}: no measure ${position + 1} of ${owner.kind} ${owner.number}.`);
      return measure.id;
    },
  };
}
