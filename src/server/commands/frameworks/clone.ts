import { frameworks } from '../../db/schema';
import type { FrameworkRow } from '../../queries/frameworks';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { auditSummary, claimKey, columnsOf } from './definition';

/**
 * Copies a framework into a draft of `target`: under a new key (version 1, or the next version if the target
 * already holds that key), or as the next version of the same key when the target owns it.
 */
export async function cloneFramework(
  ctx: CommandContext,
  input: { source: FrameworkRow; target: OrganizationRow; key?: string; title?: string },
): Promise<FrameworkRow> {
  const { source, target } = input;
  const key = input.key ?? source.key;
  const { nextVersion } = await claimKey(ctx.tx, key, target.id, 'key');
  const definition = {
    ...source.definition,
    key,
    version: nextVersion,
    title: input.title ?? source.definition.title,
  };
  const [row] = await ctx.tx
    .insert(frameworks)
    .values({
      ...columnsOf(definition),
      status: 'draft',
      ownerId: target.id,
      createdById: ctx.actor?.personId ?? null,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: target.id,
    entityType: 'framework',
    entityId: row.id,
    action: 'clone',
    after: { ...auditSummary(row), clonedFrom: { id: source.id, key: source.key, version: source.version } },
  });
  return row;
}
