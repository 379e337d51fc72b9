import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../shared/roles';
import { memberships } from '../../db/schema';
import { type CommandContext, recordAudit } from '../context';

/** Gives a person a role at an organization; granting a role they already hold changes nothing. */
export async function grantRole(
  ctx: CommandContext,
  input: { personId: string; organizationId: string; role: Role },
) {
  const existing = await ctx.tx.query.memberships.findFirst({
    where: and(
      eq(memberships.personId, input.personId),
      eq(memberships.organizationId, input.organizationId),
      eq(memberships.role, input.role),
    ),
  });
  if (existing) return existing;
  const [row] = await ctx.tx.insert(memberships).values(input).returning();
  await recordAudit(ctx, {
    organizationId: input.organizationId,
    entityType: 'membership',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return row;
}
