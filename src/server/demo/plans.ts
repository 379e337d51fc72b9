import { eq } from 'drizzle-orm';
import type { PlanVersionKind } from '../../shared/schemas/plan-enums';
import { type CommandContext, recordAudit } from '../commands/context';
import {
  planActions,
  planComments,
  planDirections,
  planGoals,
  planMeasures,
  planMilestones,
  planNeedsAssessments,
  planPriorities,
  planRootCauses,
  planSignatures,
  planStrategies,
  planSwotEntries,
  plans,
  planVersions,
} from '../db/schema';
import { refreshPlanSummary } from '../plans/summary';
import { takeVersion } from '../plans/versions';
import type { OrganizationRow } from '../queries/organizations';
import { findPersonByEmail, type PersonRow } from '../queries/people';
import { candidatesOf, type PlanRow } from '../queries/plans';
import { hudsonDistrictPlan } from './plan-data/hudson-district';
import { hudsonHighPlan } from './plan-data/hudson-high';
import { hudsonMiddlePlan } from './plan-data/hudson-middle';
import { lincolnElementaryPlan } from './plan-data/lincoln-elementary';
import type { DemoMeasure, DemoPlan, DemoSignature, DemoThread } from './plan-data/types';

/**
 * Hudson Middle School's signed plan and Hudson School District's plan awaiting its last signature (the source
 * document's own examples), Hudson High School's complete draft and Lincoln Elementary School's draft with
 * open quality checks: enough for the district's coded-strategy view and its completeness filter.
 */
export const demoPlans: DemoPlan[] = [
  hudsonMiddlePlan,
  hudsonDistrictPlan,
  hudsonHighPlan,
  lincolnElementaryPlan,
];

/** Loads the demo plans after the demo network and assessments (rubric items carried there are linked here). */
export async function seedDemoPlans(ctx: CommandContext, byKey: Map<string, OrganizationRow>) {
  const people = new Map<string, PersonRow>();
  const person = async (email: string) => {
    const known = people.get(email);
    if (known) return known;
    const row = await findPersonByEmail(ctx.tx, email);
    if (!row) throw new Error(`Demo person ${email} is missing; load the demo network first.`);
    people.set(email, row);
    return row;
  };
  for (const data of demoPlans) {
    const organization = byKey.get(data.organization);
    if (!organization) throw new Error(`Demo organization ${data.organization} is missing.`);
    await seedPlan(ctx, organization, data, person);
  }
}

type PersonLookup = (email: string) => Promise<PersonRow>;

/** Writes one plan's rows in document order, so every list's positions are dense from 0. */
async function seedPlan(
  ctx: CommandContext,
  organization: OrganizationRow,
  data: DemoPlan,
  person: PersonLookup,
) {
  const { tx } = ctx;
  const author = data.author ? await person(data.author) : null;
  const createdAt = new Date(data.createdAt);
  const [plan] = await tx
    .insert(plans)
    .values({
      organizationId: organization.id,
      title: data.title,
      startYear: data.startYear,
      years: data.years,
      createdById: author?.id ?? null,
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  const planId = plan.id;
  const { direction, needs } = data;
  await tx.insert(planDirections).values({
    planId,
    vision: direction.vision,
    mission: direction.mission,
    purposeIf: direction.purposeIf ?? null,
    purposeThen: direction.purposeThen ?? null,
    purposeAnd: direction.purposeAnd ?? null,
    glossary: direction.glossary,
    leadershipTeam: direction.leadershipTeam,
    createdAt,
    updatedAt: createdAt,
  });
  await tx.insert(planNeedsAssessments).values({
    planId,
    elements: needs.elements,
    process: needs.process,
    stakeholderInput: needs.stakeholderInput,
    createdAt,
    updatedAt: createdAt,
  });

  const ids = new Map<string, string>();
  const idOf = (kind: string, key: string) => {
    const id = ids.get(`${kind}:${key}`);
    if (!id) throw new Error(`${data.title}: no ${kind} "${key}".`);
    return id;
  };
  const insertMeasures = async (
    owner: { goalId: string } | { strategyId: string },
    measures: DemoMeasure[],
  ) => {
    for (const [position, measure] of measures.entries())
      await tx.insert(planMeasures).values({ planId, ...owner, position, ...measure });
  };

  for (const [position, goal] of data.goals.entries()) {
    const [row] = await tx
      .insert(planGoals)
      .values({ planId, position, statement: goal.statement, explanation: goal.explanation })
      .returning({ id: planGoals.id });
    ids.set(`goal:${goal.key}`, row.id);
    await insertMeasures({ goalId: row.id }, goal.measures);
  }

  const quadrantPositions = new Map<string, number>();
  for (const { key, ...entry } of data.swot) {
    const position = quadrantPositions.get(entry.quadrant) ?? 0;
    quadrantPositions.set(entry.quadrant, position + 1);
    const [row] = await tx
      .insert(planSwotEntries)
      .values({ planId, position, ...entry, leverage: entry.leverage ?? null })
      .returning({ id: planSwotEntries.id });
    ids.set(`swot:${key}`, row.id);
  }

  for (const [position, cause] of data.rootCauses.entries()) {
    const [row] = await tx
      .insert(planRootCauses)
      .values({
        planId,
        position,
        method: cause.method,
        problem: cause.problem,
        whys: cause.method === 'five_whys' ? cause.whys : [],
        categories:
          cause.method === 'fishbone'
            ? cause.categories.map((category, c) => ({
                id: `category-${c + 1}`,
                name: category.name,
                causes: category.causes.map((item, i) => ({ id: `cause-${c + 1}-${i + 1}`, ...item })),
              }))
            : [],
        rootCause: cause.rootCause,
        swotEntryId: cause.swot ? idOf('swot', cause.swot) : null,
      })
      .returning({ id: planRootCauses.id });
    ids.set(`rootCause:${cause.key}`, row.id);
  }

  // Rubric items are linked only when the demo assessments carried them (a framework may not be installed).
  const candidates = await candidatesOf(tx, organization.id);
  for (const [position, priority] of data.priorities.entries()) {
    const [row] = await tx
      .insert(planPriorities)
      .values({
        planId,
        position,
        title: priority.title,
        description: priority.description,
        swotEntryIds: priority.swot.map((key) => idOf('swot', key)),
        rootCauseIds: priority.rootCauses.map((key) => idOf('rootCause', key)),
        candidateIds: candidates.filter((c) => priority.candidates?.includes(c.itemKey)).map((c) => c.id),
      })
      .returning({ id: planPriorities.id });
    ids.set(`priority:${priority.key}`, row.id);

    for (const [s, strategy] of priority.strategies.entries()) {
      const [strategyRow] = await tx
        .insert(planStrategies)
        .values({
          planId,
          priorityId: row.id,
          position: s,
          title: strategy.title,
          toaIf: strategy.toaIf,
          toaThen: strategy.toaThen,
          toaAnd: strategy.toaAnd,
          practiceCodes: strategy.practiceCodes,
          goalIds: strategy.goals.map((key) => idOf('goal', key)),
          rationale: strategy.rationale,
          evidence: strategy.evidence,
        })
        .returning({ id: planStrategies.id });
      ids.set(`strategy:${strategy.key}`, strategyRow.id);
      await insertMeasures({ strategyId: strategyRow.id }, strategy.measures);

      for (const [m, { actions, ...milestone }] of strategy.milestones.entries()) {
        const [milestoneRow] = await tx
          .insert(planMilestones)
          .values({ planId, strategyId: strategyRow.id, position: m, ...milestone })
          .returning({ id: planMilestones.id });
        for (const [a, { responsible, budgetAmount, ...action }] of actions.entries()) {
          const responsiblePerson =
            responsible && 'email' in responsible ? await person(responsible.email) : null;
          await tx.insert(planActions).values({
            planId,
            milestoneId: milestoneRow.id,
            position: a,
            ...action,
            budgetAmount: budgetAmount === null ? null : budgetAmount.toFixed(2),
            responsiblePersonId: responsiblePerson?.id ?? null,
            responsibleName: responsible && 'name' in responsible ? responsible.name : null,
          });
        }
      }
    }
  }

  const summary = await refreshPlanSummary(tx, planId);
  await recordAudit(asPerson(ctx, author), {
    organizationId: organization.id,
    entityType: 'plan',
    entityId: planId,
    action: 'create',
    after: summary,
  });
  if (data.signatures?.length)
    await seedSignatures(ctx, summary, organization, data.signatures, author, person);

  for (const thread of data.comments ?? []) await seedThread(ctx, planId, thread, idOf, person);
}

/**
 * Requests the signatures (version 1, `signature_request`), records the ones given against that version and,
 * when none is left pending, freezes the signed plan as version 2 (`signed`). Rows are written directly
 * rather than through the signature commands, which stamp the current time and notify each signatory.
 */
async function seedSignatures(
  ctx: CommandContext,
  plan: PlanRow,
  organization: OrganizationRow,
  signatures: DemoSignature[],
  requester: PersonRow | null,
  person: PersonLookup,
) {
  const { tx } = ctx;
  const requestedAt = new Date(Math.min(...signatures.map((s) => Date.parse(s.requestedAt))));
  const requested = await versionAt(
    asPerson(ctx, requester),
    plan,
    organization,
    'signature_request',
    requestedAt,
  );
  let lastSigned: { at: Date; by: PersonRow } | null = null;
  for (const signature of signatures) {
    const signatory = await person(signature.email);
    const signedAt = signature.signed ? new Date(signature.signed.at) : null;
    await tx.insert(planSignatures).values({
      planId: plan.id,
      personId: signatory.id,
      roleInPlan: signature.roleInPlan,
      requestedById: requester?.id ?? null,
      requestedAt: new Date(signature.requestedAt),
      signedAt,
      signedName: signedAt ? signatory.name : null,
      signedPosition: signature.signed?.position ?? null,
      signedVersionNumber: signedAt ? requested.number : null,
    });
    if (signedAt && (!lastSigned || signedAt > lastSigned.at)) lastSigned = { at: signedAt, by: signatory };
  }
  const signed = signatures.every((s) => s.signed) ? lastSigned : null;
  const [updated] = await tx
    .update(plans)
    .set(signed ? { status: 'signed', signedAt: signed.at } : { status: 'awaiting_signatures' })
    .where(eq(plans.id, plan.id))
    .returning();
  if (signed) await versionAt(asPerson(ctx, signed.by), updated, organization, 'signed', signed.at);
}

/** A coaching thread: its first comment carries the resolution, replies name it as their thread. */
async function seedThread(
  ctx: CommandContext,
  planId: string,
  thread: DemoThread,
  idOf: (kind: string, key: string) => string,
  person: PersonLookup,
) {
  const anchor = {
    planId,
    anchorType: thread.anchor.type,
    anchorId: idOf(thread.anchor.type, thread.anchor.key),
  };
  const [opening, ...replies] = thread.comments;
  const resolver = thread.resolved ? await person(thread.resolved.email) : null;
  const [first] = await ctx.tx
    .insert(planComments)
    .values({
      ...anchor,
      body: opening.body,
      authorId: (await person(opening.email)).id,
      createdAt: new Date(opening.at),
      resolvedAt: thread.resolved ? new Date(thread.resolved.at) : null,
      resolvedById: resolver?.id ?? null,
    })
    .returning({ id: planComments.id });
  for (const reply of replies)
    await ctx.tx.insert(planComments).values({
      ...anchor,
      threadId: first.id,
      body: reply.body,
      authorId: (await person(reply.email)).id,
      createdAt: new Date(reply.at),
    });
}

/** A version dated when the demo's story has it taken, not when the demo was loaded. */
async function versionAt(
  ctx: CommandContext,
  plan: PlanRow,
  organization: OrganizationRow,
  kind: PlanVersionKind,
  at: Date,
) {
  const version = await takeVersion(ctx, { plan, organization, kind });
  const [dated] = await ctx.tx
    .update(planVersions)
    .set({ createdAt: at })
    .where(eq(planVersions.id, version.id))
    .returning();
  return dated;
}

/** The audit trail names the person whose plan it is, as the demo's other records do. */
function asPerson(ctx: CommandContext, person: PersonRow | null): CommandContext {
  if (!person) return ctx;
  return {
    ...ctx,
    actor: { kind: 'person', personId: person.id, sessionId: null, csrfToken: null, grants: [] },
  };
}
