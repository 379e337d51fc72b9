import { frameworks } from '../../db/schema';
import type { FrameworkRow } from '../../queries/frameworks';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { auditSummary, checkDefinition, claimKey, columnsOf, versionTaken } from './definition';

/**
 * Imports a framework file as a draft of `owner`; the caller has authorized `manageFrameworks` on it.
 * Validation comes first and throws with every problem, so a broken file writes nothing.
 */
export async function importFramework(
  ctx: CommandContext,
  input: { owner: OrganizationRow; definition: unknown },
): Promise<FrameworkRow> {
  const framework = checkDefinition(input.definition);
  const { nextVersion, taken } = await claimKey(ctx.tx, framework.key, input.owner.id, 'definition.key');
  if (taken.has(framework.version)) {
    throw versionTaken(framework.key, framework.version, nextVersion, 'definition.version');
  }
  const [row] = await ctx.tx
    .insert(frameworks)
    .values({
      ...columnsOf(framework),
      status: 'draft',
      ownerId: input.owner.id,
      createdById: ctx.actor?.personId ?? null,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: input.owner.id,
    entityType: 'framework',
    entityId: row.id,
    action: 'import',
    after: auditSummary(row),
  });
  return row;
}
