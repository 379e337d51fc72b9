import { and, eq, sql } from 'drizzle-orm';
import type { UpdateOrganizationInput } from '../../../shared/schemas/organization';
import { organizations } from '../../db/schema';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { assertUniqueNameAndCode } from './uniqueness';

export async function updateOrganization(
  ctx: CommandContext,
  input: UpdateOrganizationInput & { organization: OrganizationRow },
): Promise<OrganizationRow> {
  const { organization, version, ...changes } = input;
  assertVersion(organization, version, 'organization');
  await assertUniqueNameAndCode(ctx.tx, {
    parentId: organization.parentId,
    name: changes.name,
    code: changes.code,
    excludeId: organization.id,
  });
  const [row] = await ctx.tx
    .update(organizations)
    .set({ ...changes, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, organization.id), eq(organizations.version, version)))
    .returning();
  if (!row) throw staleWrite('organization');
  await recordAudit(ctx, {
    organizationId: row.id,
    entityType: 'organization',
    entityId: row.id,
    action: 'update',
    before: organization,
    after: row,
  });
  return row;
}
