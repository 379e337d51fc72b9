import { and, eq, sql } from 'drizzle-orm';
import type { EvaluateSupportInput } from '../../../shared/schemas/supports';
import { supports } from '../../db/schema';
import { conflict } from '../../http/errors';
import { notify } from '../../notifications/notify';
import type { OrganizationRow } from '../../queries/organizations';
import { excerpt, supportLink } from '../../supports/notices';
import type { SupportRow } from '../../supports/queries';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * The receiving organization says how a provided support was used and how well it worked, with data; that
 * closes it. A closed support may be rated again as more data comes in. Whoever answered it is told in-app.
 * The caller holds the support's lock and has authorized `evaluate`.
 */
export async function evaluateSupport(
  ctx: CommandContext,
  input: EvaluateSupportInput & { support: SupportRow; organization: OrganizationRow },
): Promise<SupportRow> {
  const { support, organization } = input;
  assertVersion(support, input.version, 'support');
  if (support.status !== 'provided' && support.status !== 'closed')
    throw conflict('A support can be rated once it has been provided.');
  const [row] = await ctx.tx
    .update(supports)
    .set({
      howUsed: input.howUsed,
      effectivenessRating: input.effectivenessRating,
      effectivenessExplanation: input.effectivenessExplanation,
      status: 'closed',
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
    action: 'evaluate',
    before: support,
    after: row,
  });
  if (support.answeredById && support.respondentOrganizationId)
    await notify(ctx, {
      personIds: [support.answeredById],
      organizationId: support.respondentOrganizationId,
      kind: 'support_rated',
      title: `${organization.name} rated a support ${input.effectivenessRating} of 5: ${excerpt(support.need, 100)}`,
      body: excerpt(input.effectivenessExplanation),
      link: supportLink(support.respondentOrganizationId, row.id),
      email: false,
    });
  return row;
}
