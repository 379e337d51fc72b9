import type { SetupInput } from '../../../shared/schemas/auth';
import { hashPassword } from '../../auth/password';
import type { CommandContext } from '../context';
import { grantRole } from '../memberships/grant-role';
import { createOrganization } from '../organizations/create';
import { createPerson } from '../people/create-person';

/** The first-run path: the top organization and its first administrator. */
export async function createFirstNetwork(
  ctx: CommandContext,
  input: Extract<SetupInput, { mode: 'create' }>,
) {
  const organization = await createOrganization(ctx, { ...input.organization, parent: null });
  const { password, ...administrator } = input.administrator;
  const person = await createPerson(ctx, {
    ...administrator,
    passwordHash: await hashPassword(password),
    organizationId: organization.id,
  });
  await grantRole(ctx, { personId: person.id, organizationId: organization.id, role: 'administrator' });
  return { organization, person };
}
