import type { CreateApiTokenInput } from '../../../shared/schemas/api-token';
import { newSecret } from '../../auth/tokens';
import { apiTokens } from '../../db/schema';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

/** Only the hash is stored; the caller shows the secret once. */
export async function createApiToken(
  ctx: CommandContext,
  input: CreateApiTokenInput & { organization: OrganizationRow; createdById: string },
) {
  const { secret, hash } = newSecret('tl_');
  const [row] = await ctx.tx
    .insert(apiTokens)
    .values({
      organizationId: input.organization.id,
      name: input.name,
      scope: input.scope,
      tokenHash: hash,
      prefix: secret.slice(0, 10),
      createdById: input.createdById,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: row.organizationId,
    entityType: 'api_token',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return { token: row, secret };
}
