import { and, asc, eq, isNull } from 'drizzle-orm';
import { memberships, people } from '../../db/schema';
import { fieldError, notFound } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import type { MembershipRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';
import { assertMayAssignRole } from './assignable';

/** Takes a role away. A top-level organization always keeps one active administrator, or no one could manage it. */
export async function removeMembership(
  ctx: CommandContext,
  input: { membership: MembershipRow; organization: OrganizationRow },
) {
  const { membership, organization } = input;
  assertMayAssignRole(ctx.actor, membership.role, organization);
  if (membership.role === 'administrator' && organization.parentId === null) {
    // Locking the administrators' rows makes two people removing each other at once take turns.
    const administrators = await ctx.tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          eq(memberships.organizationId, organization.id),
          eq(memberships.role, 'administrator'),
          isNull(people.disabledAt),
        ),
      )
      .orderBy(asc(memberships.id))
      .for('update', { of: memberships });
    if (!administrators.some((a) => a.id !== membership.id)) {
      throw fieldError(
        'membershipId',
        `${organization.name} needs at least one administrator. Add another administrator first.`,
      );
    }
  }
  const [deleted] = await ctx.tx.delete(memberships).where(eq(memberships.id, membership.id)).returning();
  if (!deleted) throw notFound('Membership');
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'membership',
    entityId: deleted.id,
    action: 'delete',
    before: deleted,
  });
}
