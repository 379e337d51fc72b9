import { hashPassword } from '../../src/server/auth/password';
import type { CommandContext } from '../../src/server/commands/context';
import { grantRole } from '../../src/server/commands/memberships/grant-role';
import { createOrganization } from '../../src/server/commands/organizations/create';
import { createPerson } from '../../src/server/commands/people/create-person';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { demoPassword } from '../../src/server/demo/network';
import type { Services } from '../../src/server/http/env';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';

let counter = 0;
const next = () => ++counter;
let sharedHash: Promise<string> | undefined;

type OrgOptions = { kind?: 'state' | 'district' | 'school'; parent?: OrganizationRow | null; name?: string };

/** Creates an organization, and the state and district above it when no parent is given. */
export async function makeOrganization(
  services: Services,
  options: OrgOptions = {},
): Promise<OrganizationRow> {
  const kind = options.kind ?? 'school';
  let parent = options.parent;
  if (parent === undefined && kind !== 'state') {
    parent = await makeOrganization(services, { kind: kind === 'school' ? 'district' : 'state' });
  }
  return runInSystemTransaction(services, (ctx) =>
    createOrganization(ctx, { kind, name: options.name ?? `Test ${kind} ${next()}`, parent: parent ?? null }),
  );
}

type PersonOptions = { role?: Role; organization?: OrganizationRow; email?: string; name?: string };

/** Creates a person with the demo password and a role, creating the organization when none is given. */
export async function makePerson(services: Services, options: PersonOptions = {}) {
  const organization = options.organization ?? (await makeOrganization(services));
  sharedHash ??= hashPassword(demoPassword);
  const passwordHash = await sharedHash;
  const n = next();
  const person = await runInSystemTransaction(services, async (ctx: CommandContext) => {
    const row = await createPerson(ctx, {
      email: options.email ?? `person${n}-${Date.now()}@example.test`,
      name: options.name ?? `Person ${n}`,
      passwordHash,
      organizationId: organization.id,
    });
    await grantRole(ctx, {
      personId: row.id,
      organizationId: organization.id,
      role: options.role ?? 'leader',
    });
    return row;
  });
  return { person, organization };
}
