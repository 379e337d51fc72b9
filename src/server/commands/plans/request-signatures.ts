import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { periodView } from '../../../shared/plans/period';
import type { requestSignaturesInput } from '../../../shared/schemas/plan';
import { planSignatures, plans } from '../../db/schema';
import { badRequest, conflict } from '../../http/errors';
import { notify } from '../../notifications/notify';
import { takeVersion } from '../../plans/versions';
import type { OrganizationRow } from '../../queries/organizations';
import { loadPerson } from '../../queries/people';
import { readersAmong } from '../../queries/plan-comments';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';

export type RequestSignaturesInput = z.infer<typeof requestSignaturesInput>;

/**
 * Asks people to sign the plan as it stands: the plan awaits signatures (again, when it was signed and a
 * new signatory joins), the content is frozen as a `signature_request` version, and each signatory is told
 * in-app and by email. The caller holds the plan's lock and has authorized `requestSignatures`.
 */
export async function requestSignatures(
  ctx: CommandContext,
  input: RequestSignaturesInput & { plan: PlanRow; organization: OrganizationRow },
): Promise<PlanRow> {
  const { plan, organization, signatories } = input;
  const personIds = signatories.map((s) => s.personId);

  const readers = await readersAmong(ctx.tx, organization, personIds);
  const issues = personIds.flatMap((id, index) =>
    readers.has(id)
      ? []
      : [
          {
            path: `signatories.${index}.personId`,
            message: 'This person cannot read the plan, so cannot sign it.',
          },
        ],
  );
  if (issues.length > 0) throw badRequest(issues[0].message, issues);

  const existing = await ctx.tx
    .select({ personId: planSignatures.personId })
    .from(planSignatures)
    .where(eq(planSignatures.planId, plan.id));
  const asked = new Set(existing.map((s) => s.personId));
  for (const personId of personIds) {
    if (asked.has(personId)) {
      const { name } = await loadPerson(ctx.tx, personId);
      throw conflict(`${name} has already been asked to sign this plan.`);
    }
    asked.add(personId);
  }

  const requestedAt = new Date();
  const rows = await ctx.tx
    .insert(planSignatures)
    .values(
      signatories.map((s) => ({
        planId: plan.id,
        personId: s.personId,
        roleInPlan: s.roleInPlan,
        requestedById: ctx.actor?.personId ?? null,
        requestedAt,
      })),
    )
    .returning();
  const [updated] = await ctx.tx
    .update(plans)
    .set({ status: 'awaiting_signatures', signedAt: null, updatedAt: requestedAt })
    .where(eq(plans.id, plan.id))
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan',
    entityId: plan.id,
    action: 'request_signatures',
    before: { status: plan.status },
    after: {
      status: updated.status,
      signatures: rows.map((s) => ({ id: s.id, personId: s.personId, roleInPlan: s.roleInPlan })),
    },
  });
  await takeVersion(ctx, { plan: updated, organization, kind: 'signature_request' });

  const requester = ctx.actor ? (await loadPerson(ctx.tx, ctx.actor.personId)).name : 'Someone';
  await notify(ctx, {
    personIds,
    organizationId: organization.id,
    kind: 'signature_requested',
    title: `${requester} asked you to sign the ${organization.name} improvement plan`,
    body: `${plan.title} (${periodView(plan.startYear, plan.years).label}). Read it and sign as yourself on the Signatures tab.`,
    link: `/o/${organization.id}/plans/${plan.id}?tab=signatures`,
    email: true,
  });
  return updated;
}
