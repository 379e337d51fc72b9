import { hashPassword } from '../auth/password';
import type { CommandContext } from '../commands/context';
import { grantRole } from '../commands/memberships/grant-role';
import { createNetwork } from '../commands/networks/create';
import { createOrganization } from '../commands/organizations/create';
import { createPerson } from '../commands/people/create-person';
import { settings } from '../db/schema';
import type { OrganizationRow } from '../queries/organizations';
import { seedDemoAssessments } from './assessments';
import { seedDemoMonitoring } from './monitoring';
import { demoNetworks, demoOrganizations, demoPassword, demoPeople } from './network';
import { seedDemoPlans } from './plans';

/**
 * Loads the demo network through the same commands people use, so it carries a real audit trail. Shipped
 * frameworks must be installed first for the demo self-assessments to appear.
 */
export async function seedDemo(ctx: CommandContext) {
  const byKey = new Map<string, OrganizationRow>();
  for (const { key, parent, ...fields } of demoOrganizations) {
    const row = await createOrganization(ctx, { ...fields, parent: parent ? byKey.get(parent)! : null });
    byKey.set(key, row);
  }
  for (const { owner, members, ...network } of demoNetworks) {
    await createNetwork(ctx, {
      ...network,
      owner: byKey.get(owner)!,
      memberIds: members.map((key) => byKey.get(key)!.id),
    });
  }
  // One hash for the shared demo password: hashing is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);
  for (const person of demoPeople) {
    const organization = byKey.get(person.organization)!;
    const row = await createPerson(ctx, { ...person, passwordHash, organizationId: organization.id });
    await grantRole(ctx, { personId: row.id, organizationId: organization.id, role: person.role });
  }
  await seedDemoAssessments(ctx, byKey);
  await seedDemoPlans(ctx, byKey);
  await seedDemoMonitoring(ctx, byKey);
  await ctx.tx.insert(settings).values({ key: 'demo', value: true });
  return byKey;
}
