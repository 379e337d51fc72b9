import { and, eq, isNull, sql } from 'drizzle-orm';
import { organizations } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { assertUniqueNameAndCode } from './uniqueness';

/**
 * Archiving hides an organization from daily use but keeps it and everything attached to it; nothing
 * with data is ever hard-deleted. Organizations with live children must have them moved or archived first.
 */
export async function archiveOrganization(
  ctx: CommandContext,
  input: { organization: OrganizationRow; archived: boolean; version: number },
): Promise<OrganizationRow> {
  const { organization, archived, version } = input;
  assertVersion(organization, version, 'organization');
  if (archived) {
    const liveChild = await ctx.tx.query.organizations.findFirst({
      where: and(eq(organizations.parentId, organization.id), isNull(organizations.archivedAt)),
    });
    if (liveChild) {
      throw fieldError(
        'archived',
        `Archive or move ${liveChild.name} and the other organizations under it first.`,
      );
    }
  }
  if (!archived) {
    await assertUniqueNameAndCode(ctx.tx, {
      parentId: organization.parentId,
      name: organization.name,
      excludeId: organization.id,
    });
  }
  const [row] = await ctx.tx
    .update(organizations)
    .set({
      archivedAt: archived ? new Date() : null,
      version: sql`${organizations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(organizations.id, organization.id), eq(organizations.version, version)))
    .returning();
  if (!row) throw staleWrite('organization');
  await recordAudit(ctx, {
    organizationId: row.id,
    entityType: 'organization',
    entityId: row.id,
    action: archived ? 'archive' : 'restore',
    before: { archivedAt: organization.archivedAt },
    after: { archivedAt: row.archivedAt },
  });
  return row;
}
