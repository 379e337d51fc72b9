import { and, eq, like, sql } from 'drizzle-orm';
import { childKinds } from '../../../shared/roles';
import { organizations } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { rehomeSummaries } from '../../monitoring/summaries';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { assertUniqueNameAndCode } from './uniqueness';

/** Moves an organization and its whole subtree under a new parent, rewriting the stored paths. */
export async function moveOrganization(
  ctx: CommandContext,
  input: { organization: OrganizationRow; parent: OrganizationRow; version: number },
): Promise<OrganizationRow> {
  const { organization, parent, version } = input;
  assertVersion(organization, version, 'organization');
  if (parent.path.startsWith(organization.path)) {
    throw fieldError('parentId', 'An organization cannot be moved under itself or one of its own schools.');
  }
  if (!childKinds[parent.kind].includes(organization.kind)) {
    throw fieldError('parentId', `A ${organization.kind} cannot be placed under a ${parent.kind}.`);
  }
  if (parent.archivedAt) throw fieldError('parentId', 'The new parent is archived.');
  await assertUniqueNameAndCode(ctx.tx, {
    parentId: parent.id,
    name: organization.name,
    excludeId: organization.id,
  });
  const newPath = `${parent.path}${organization.id}/`;
  await ctx.tx
    .update(organizations)
    .set({ path: sql`${newPath} || substr(${organizations.path}, ${organization.path.length + 1})` })
    .where(like(organizations.path, `${organization.path}%`));
  const [row] = await ctx.tx
    .update(organizations)
    .set({ parentId: parent.id, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, organization.id), eq(organizations.version, version)))
    .returning();
  if (!row) throw staleWrite('organization');
  await rehomeSummaries(ctx.tx, organization.path);
  await recordAudit(ctx, {
    organizationId: row.id,
    entityType: 'organization',
    entityId: row.id,
    action: 'move',
    before: { parentId: organization.parentId },
    after: { parentId: parent.id },
  });
  return row;
}
