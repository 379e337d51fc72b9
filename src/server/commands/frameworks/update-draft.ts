import { and, eq, sql } from 'drizzle-orm';
import { frameworks } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { FrameworkRow } from '../../queries/frameworks';
import { type CommandContext, recordAudit } from '../context';
import { auditSummary, checkDefinition, claimKey, columnsOf, versionTaken } from './definition';
import { assertDraft, assertRevision, staleDraft } from './revision';

/** Replaces a draft's definition; the caller has authorized `edit`. The key stays; the version may move. */
export async function updateFrameworkDraft(
  ctx: CommandContext,
  input: { framework: FrameworkRow; definition: unknown; revision: number },
): Promise<FrameworkRow> {
  const { framework: current, revision } = input;
  assertDraft(current);
  assertRevision(current, revision);
  const framework = checkDefinition(input.definition);
  if (framework.key !== current.key) {
    throw fieldError(
      'definition.key',
      `A draft keeps its key ("${current.key}"); clone it to make a framework with another key.`,
    );
  }
  if (framework.version !== current.version) {
    const { nextVersion, taken } = await claimKey(ctx.tx, current.key, current.ownerId!, 'definition.key');
    if (taken.has(framework.version)) {
      throw versionTaken(framework.key, framework.version, nextVersion, 'definition.version');
    }
  }
  const [row] = await ctx.tx
    .update(frameworks)
    .set({ ...columnsOf(framework), revision: sql`${frameworks.revision} + 1`, updatedAt: new Date() })
    .where(
      and(eq(frameworks.id, current.id), eq(frameworks.revision, revision), eq(frameworks.status, 'draft')),
    )
    .returning();
  if (!row) throw staleDraft();
  await recordAudit(ctx, {
    organizationId: current.ownerId,
    entityType: 'framework',
    entityId: row.id,
    action: 'update',
    before: auditSummary(current),
    after: auditSummary(row),
  });
  return row;
}
