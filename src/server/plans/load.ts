import { eq } from 'drizzle-orm';
import type { PlanSnapshot, PlanTree } from '../../shared/schemas/plan';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { planSignatures, plans } from '../db/schema';
import { notFound } from '../http/errors';
import { type PlanRef, planAbilities } from '../policies/plan';
import { presentPlanContent, presentPlanTree } from '../presenters/plan';
import { loadOrganization, type OrganizationRow } from '../queries/organizations';
import { candidatesOf, type PlanRow, planContentRows, signaturesOf, updatesOf } from '../queries/plans';

export type LoadedPlan = { plan: PlanRow; organization: OrganizationRow; ref: PlanRef };

/**
 * A plan with its organization and what its policy needs. Writes pass `lock` so that two edits of one
 * plan take turns: positions stay dense and the second of two stale edits sees the first one's version.
 */
export async function loadPlan(
  tx: Tx | Db,
  planId: string,
  options: { lock?: boolean } = {},
): Promise<LoadedPlan> {
  const query = tx.select().from(plans).where(eq(plans.id, planId));
  const [plan] = options.lock ? await query.for('update') : await query;
  if (!plan) throw notFound('Plan');
  const organization = await loadOrganization(tx, plan.organizationId);
  const signatories = await tx
    .select({ personId: planSignatures.personId, signedAt: planSignatures.signedAt })
    .from(planSignatures)
    .where(eq(planSignatures.planId, planId));
  return { plan, organization, ref: planRefOf(plan, organization, signatories) };
}

export function planRefOf(
  plan: PlanRow,
  organization: OrganizationRow,
  signatories: PlanRef['signatories'],
): PlanRef {
  return { organization, status: plan.status, archivedAt: plan.archivedAt, signatories };
}

/** The plan's content as versions freeze it: what `planTree` holds for title, period, direction … priorities. */
export async function loadPlanContent(
  tx: Tx | Db,
  plan: PlanRow,
  _organization?: OrganizationRow,
): Promise<PlanSnapshot> {
  return presentPlanContent(plan, await planContentRows(tx, plan.id));
}

/** The whole plan as its reader sees it; every plan write answers with this so the page replaces its copy. */
export async function planTreeFor(tx: Tx | Db, planId: string, actor: Actor): Promise<PlanTree> {
  const { plan, organization, ref } = await loadPlan(tx, planId);
  return presentPlanTree({
    plan,
    content: await loadPlanContent(tx, plan, organization),
    organization,
    parent: organization.parentId ? await loadOrganization(tx, organization.parentId) : null,
    candidates: await candidatesOf(tx, organization.id),
    signatures: await signaturesOf(tx, plan.id),
    updates: await updatesOf(tx, plan.id),
    abilities: planAbilities(actor, ref),
  });
}
