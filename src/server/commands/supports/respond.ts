import { and, eq, sql } from 'drizzle-orm';
import type { RespondSupportInput } from '../../../shared/schemas/supports';
import { peopleWithRoles } from '../../adjustments/recipients';
import { organizations, supports } from '../../db/schema';
import { conflict, fieldError } from '../../http/errors';
import { notify } from '../../notifications/notify';
import { canProvideFrom } from '../../policies/support';
import { loadOrganization, type OrganizationRow } from '../../queries/organizations';
import { answerTitle, excerpt, supportLink } from '../../supports/notices';
import type { SupportRow } from '../../supports/queries';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * The answer of the organization asked: accepted (with the provider and dates planned, when known), declined,
 * or provided. Once provided it stays provided (details may still be corrected), and a rated support is
 * closed. A provided support without a named provider came from the organization asked. The person who
 * asked is told; for a support given unasked, the receiving organization's leaders. The caller holds the
 * support's lock and has authorized `respond`.
 */
export async function respondToSupport(
  ctx: CommandContext,
  input: RespondSupportInput & { support: SupportRow; organization: OrganizationRow },
): Promise<SupportRow> {
  const { support, organization } = input;
  assertVersion(support, input.version, 'support');
  if (support.status === 'closed')
    throw conflict('This support was rated and closed, so its answer can no longer change.');
  if (support.status === 'provided' && input.status !== 'provided')
    throw conflict('This support was already provided; only its details can still be corrected.');
  if (input.providerOrganizationId) await assertProvider(ctx, input.providerOrganizationId, organization);

  const provided = input.status === 'provided';
  const providerOrganizationId =
    input.providerOrganizationId ??
    (provided && !input.providerVendor ? support.respondentOrganizationId : null);
  const [row] = await ctx.tx
    .update(supports)
    .set({
      status: input.status,
      response: input.response,
      providerOrganizationId,
      providerVendor: input.providerVendor ?? null,
      description: input.description ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      answeredById: ctx.actor?.personId ?? null,
      answeredAt: new Date(),
      version: sql`${supports.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(supports.id, support.id), eq(supports.version, input.version)))
    .returning();
  if (!row) throw staleWrite('support');
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'support',
    entityId: row.id,
    action: 'respond',
    before: support,
    after: row,
  });

  const respondent = support.respondentOrganizationId
    ? await loadOrganization(ctx.tx, support.respondentOrganizationId)
    : null;
  await notify(ctx, {
    personIds: support.requestedById
      ? [support.requestedById]
      : await peopleWithRoles(ctx.tx, [organization.id], ['leader']),
    organizationId: organization.id,
    kind: 'support_answered',
    title: answerTitle(respondent?.name ?? 'The organization above', input.status, support.need),
    body: excerpt(input.response),
    link: supportLink(organization.id, row.id),
    email: true,
  });
  return row;
}

async function assertProvider(ctx: CommandContext, providerId: string, receiving: OrganizationRow) {
  const provider = await ctx.tx.query.organizations.findFirst({ where: eq(organizations.id, providerId) });
  if (!provider || !ctx.actor || !canProvideFrom(ctx.actor, provider, receiving))
    throw fieldError(
      'providerOrganizationId',
      'Name an organization above the one asking where you are on staff, or a vendor.',
    );
}
