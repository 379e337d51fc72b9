import type { RequestSupportInput } from '../../../shared/schemas/supports';
import { resolvePlanLinks } from '../../adjustments/plan-links';
import { peopleWithRoles } from '../../adjustments/recipients';
import { supports } from '../../db/schema';
import { badRequest } from '../../http/errors';
import { notify } from '../../notifications/notify';
import type { OrganizationRow } from '../../queries/organizations';
import { excerpt, supportLink } from '../../supports/notices';
import type { SupportRow } from '../../supports/queries';
import { type CommandContext, recordAudit } from '../context';

/**
 * Asks the organization above for a support, tied to a strategy or milestone of this organization's plan and
 * coded to a practice (the strategy's first unless given), and tells the staff above in their inbox and by
 * email, with a link that opens the request. The caller has authorized `request`.
 */
export async function requestSupport(
  ctx: CommandContext,
  input: RequestSupportInput & { organization: OrganizationRow },
): Promise<SupportRow> {
  const { organization } = input;
  if (!organization.parentId) throw badRequest('There is no organization above this one to ask for support.');
  const links = await resolvePlanLinks(ctx.tx, organization.id, input);
  const [row] = await ctx.tx
    .insert(supports)
    .values({
      organizationId: organization.id,
      respondentOrganizationId: organization.parentId,
      planId: links.planId,
      strategyId: links.strategyId,
      milestoneId: links.milestoneId,
      practiceCode: input.practiceCode ?? links.practiceCodes[0] ?? null,
      need: input.need,
      status: 'requested',
      requestedById: ctx.actor?.personId ?? null,
      requestedAt: new Date(),
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'support',
    entityId: row.id,
    action: 'request',
    after: row,
  });
  await notify(ctx, {
    personIds: await peopleWithRoles(
      ctx.tx,
      [organization.parentId],
      ['leader', 'administrator', 'team_member'],
    ),
    organizationId: organization.parentId,
    kind: 'support_requested',
    title: `${organization.name} asks for support${row.practiceCode ? ` (${row.practiceCode})` : ''}`,
    body: excerpt(input.need),
    link: supportLink(organization.parentId, row.id),
    email: true,
  });
  return row;
}
