import { and, eq, isNull } from 'drizzle-orm';
import { apiTokens } from '../../db/schema';
import type { ApiTokenRow } from '../../queries/api-tokens';
import { type CommandContext, recordAudit } from '../context';

/** A revoked token stops working at once; revoking twice changes nothing. */
export async function revokeApiToken(ctx: CommandContext, token: ApiTokenRow) {
  const [row] = await ctx.tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
    .returning();
  if (!row) return token;
  await recordAudit(ctx, {
    organizationId: row.organizationId,
    entityType: 'api_token',
    entityId: row.id,
    action: 'revoke',
    before: token,
    after: row,
  });
  return row;
}
