import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../shared/roles';
import { memberships } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import { findPersonByEmail } from '../../queries/people';
import type { CommandContext } from '../context';
import { assertMayAssignRole } from './assignable';
import { grantRole } from './grant-role';

/** Gives an existing account a role; people without an account are invited instead. */
export async function addMember(
  ctx: CommandContext,
  input: { organization: OrganizationRow; email: string; role: Role },
) {
  assertMayAssignRole(ctx.actor, input.role, input.organization);
  const person = await findPersonByEmail(ctx.tx, input.email);
  if (!person) throw fieldError('email', 'No account uses this email; send an invitation instead.');
  const held = await ctx.tx.query.memberships.findFirst({
    where: and(
      eq(memberships.personId, person.id),
      eq(memberships.organizationId, input.organization.id),
      eq(memberships.role, input.role),
    ),
  });
  if (held) throw fieldError('email', `${person.name} already has this role here.`);
  const membership = await grantRole(ctx, {
    personId: person.id,
    organizationId: input.organization.id,
    role: input.role,
  });
  return { membership, person };
}
