import { eq } from 'drizzle-orm';
import { planSignatures } from '../../db/schema';
import { conflict } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import type { PlanRow } from '../../queries/plans';
import { type CommandContext, recordAudit } from '../context';
import { type SignatureRow, settleSignatures } from './sign';

/**
 * Takes back a request nobody has answered yet; a given signature stays, because it is part of the
 * plan's record. When the withdrawn request was the last one pending, the plan is signed by those who
 * signed. The caller holds the plan's lock and has authorized `requestSignatures`.
 */
export async function withdrawSignature(
  ctx: CommandContext,
  input: { plan: PlanRow; organization: OrganizationRow; signature: SignatureRow },
): Promise<PlanRow> {
  const { plan, organization, signature } = input;
  if (signature.signedAt) throw conflict('This signature has been given and cannot be withdrawn.');
  await ctx.tx.delete(planSignatures).where(eq(planSignatures.id, signature.id));
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'plan_signature',
    entityId: signature.id,
    action: 'withdraw',
    before: { planId: plan.id, personId: signature.personId, roleInPlan: signature.roleInPlan },
  });
  return settleSignatures(ctx, { plan, organization });
}
