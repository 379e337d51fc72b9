import { and, eq, isNull } from 'drizzle-orm';
import { planSignatures, plans } from '../../db/schema';
import { conflict, forbidden, notFound } from '../../http/errors';
import { latestVersion, takeVersion } from '../../plans/versions';
import type { OrganizationRow } from '../../queries/organizations';
import { loadPerson } from '../../queries/people';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';

export type SignatureRow = typeof planSignatures.$inferSelect;

/** A signature request of this plan; one of another plan is not found. */
export async function loadSignature(ctx: CommandContext, planId: string, signatureId: string) {
  const [row] = await ctx.tx
    .select()
    .from(planSignatures)
    .where(and(eq(planSignatures.id, signatureId), eq(planSignatures.planId, planId)));
  if (!row) throw notFound('Signature');
  return row;
}

/**
 * Only the named person gives a signature, and only once. Checked before the plan's `sign` policy so that
 * a signature already given answers 409 rather than "not allowed".
 */
export async function assertOwnPendingSignature(ctx: CommandContext, signature: SignatureRow) {
  if (ctx.actor?.kind !== 'person' || ctx.actor.personId !== signature.personId) {
    const { name } = await loadPerson(ctx.tx, signature.personId);
    throw forbidden(`Only ${name} can give this signature.`);
  }
  if (signature.signedAt) throw conflict('This signature has already been given.');
}

/**
 * The signatory signs as themselves: their name is copied from their account, so nobody signs for
 * someone else, and the position is theirs to state. The last signature signs the plan and freezes it
 * as a `signed` version. The caller holds the plan's lock, has checked `assertOwnPendingSignature` and
 * authorized `sign`.
 */
export async function signPlan(
  ctx: CommandContext,
  input: {
    plan: PlanRow;
    organization: OrganizationRow;
    signature: SignatureRow;
    position?: string | null;
  },
): Promise<PlanRow> {
  const { plan, organization, signature } = input;
  const person = await loadPerson(ctx.tx, signature.personId);
  const latest = await latestVersion(ctx.tx, plan.id);
  const [signed] = await ctx.tx
    .update(planSignatures)
    .set({
      signedAt: new Date(),
      signedName: person.name,
      signedPosition: input.position ?? null,
      signedVersionNumber: latest?.number ?? null,
    })
    .where(and(eq(planSignatures.id, signature.id), isNull(planSignatures.signedAt)))
    .returning();
  if (!signed) throw conflict('This signature has already been given.');
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan_signature',
    entityId: signed.id,
    action: 'sign',
    after: {
      planId: plan.id,
      signedName: signed.signedName,
      signedPosition: signed.signedPosition,
      signedVersionNumber: signed.signedVersionNumber,
    },
  });
  return settleSignatures(ctx, { plan, organization });
}

/**
 * Once every requested signatory has signed, the plan is signed and frozen as a `signed` version; with no
 * signatory left at all it is a draft again. Otherwise it keeps waiting.
 */
export async function settleSignatures(
  ctx: CommandContext,
  input: { plan: PlanRow; organization: OrganizationRow },
): Promise<PlanRow> {
  const { plan, organization } = input;
  const signatures = await ctx.tx
    .select({ signedAt: planSignatures.signedAt })
    .from(planSignatures)
    .where(eq(planSignatures.planId, plan.id));
  const pending = signatures.filter((s) => s.signedAt === null).length;
  const status = signatures.length === 0 ? 'draft' : pending === 0 ? 'signed' : 'awaiting_signatures';
  if (status === plan.status || plan.status !== 'awaiting_signatures') return plan;

  const at = new Date();
  const [updated] = await ctx.tx
    .update(plans)
    .set({ status, signedAt: status === 'signed' ? at : null, updatedAt: at })
    .where(eq(plans.id, plan.id))
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan',
    entityId: plan.id,
    action: status === 'signed' ? 'signed' : 'signatures_withdrawn',
    before: { status: plan.status },
    after: { status: updated.status, signedAt: updated.signedAt },
  });
  if (status === 'signed') await takeVersion(ctx, { plan: updated, organization, kind: 'signed' });
  return updated;
}
