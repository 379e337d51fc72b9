import { eq } from 'drizzle-orm';
import type { ProvideSupportInput } from '../../../shared/schemas/supports';
import { resolvePlanLinks } from '../../adjustments/plan-links';
import { peopleWithRoles } from '../../adjustments/recipients';
import { organizations, supports } from '../../db/schema';
import { fieldError, forbidden } from '../../http/errors';
import { notify } from '../../notifications/notify';
import { canProvideFrom, providingOrganizationId } from '../../policies/support';
import { loadOrganization, type OrganizationRow } from '../../queries/organizations';
import { excerpt, supportLink } from '../../supports/notices';
import type { SupportRow } from '../../supports/queries';
import { type CommandContext, recordAudit } from '../context';

/**
 * Records a support the level above gave without being asked. It comes from the organization named as
 * provider, or, when a vendor delivers it, from the nearest organization above where the caller is staff.
 * The receiving organization's team is told so they can rate it. The caller has authorized `provide`.
 */
export async function provideSupport(
  ctx: CommandContext,
  input: ProvideSupportInput & { organization: OrganizationRow },
): Promise<SupportRow> {
  const { organization } = input;
  const from = await providingOrganization(ctx, input);
  const links = await resolvePlanLinks(ctx.tx, organization.id, input);
  const now = new Date();
  const [row] = await ctx.tx
    .insert(supports)
    .values({
      organizationId: organization.id,
      respondentOrganizationId: from.id,
      planId: links.planId,
      strategyId: links.strategyId,
      milestoneId: links.milestoneId,
      practiceCode: input.practiceCode ?? links.practiceCodes[0] ?? null,
      need: input.need ?? input.description,
      status: 'provided',
      providerOrganizationId: input.providerVendor ? null : from.id,
      providerVendor: input.providerVendor ?? null,
      description: input.description,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      answeredById: ctx.actor?.personId ?? null,
      answeredAt: now,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'support',
    entityId: row.id,
    action: 'provide',
    after: row,
  });
  await notify(ctx, {
    personIds: await peopleWithRoles(ctx.tx, [organization.id], ['leader', 'team_member']),
    organizationId: organization.id,
    kind: 'support_provided',
    title: `${from.name} provided a support: ${excerpt(input.description, 100)}`,
    body: 'Say how it was used and how well it worked.',
    link: supportLink(organization.id, row.id),
    email: true,
  });
  return row;
}

async function providingOrganization(
  ctx: CommandContext,
  input: ProvideSupportInput & { organization: OrganizationRow },
): Promise<OrganizationRow> {
  if (!ctx.actor) throw forbidden();
  if (input.providerOrganizationId) {
    const provider = await ctx.tx.query.organizations.findFirst({
      where: eq(organizations.id, input.providerOrganizationId),
    });
    if (!provider || !canProvideFrom(ctx.actor, provider, input.organization))
      throw fieldError(
        'providerOrganizationId',
        'Name an organization above this one where you are on staff, or a vendor.',
      );
    return provider;
  }
  const id = providingOrganizationId(ctx.actor, input.organization);
  if (!id) throw forbidden('Only staff of an organization above can provide a support.');
  return loadOrganization(ctx.tx, id);
}
