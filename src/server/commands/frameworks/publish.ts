import { and, eq, sql } from 'drizzle-orm';
import { frameworks } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { type FrameworkRow, versionsOfKey } from '../../queries/frameworks';
import { type CommandContext, recordAudit } from '../context';
import { auditSummary, checkDefinition } from './definition';
import { assertDraft, assertRevision, staleDraft } from './revision';

/**
 * Publishes a draft; from then on it never changes, and assessments taken with it keep it. Versions of a key
 * are published in sequence, so "version 3" always follows "version 2".
 */
export async function publishFramework(
  ctx: CommandContext,
  input: { framework: FrameworkRow; revision: number },
): Promise<FrameworkRow> {
  const { framework: draft, revision } = input;
  assertDraft(draft);
  assertRevision(draft, revision);
  // Stored drafts were valid when saved; checking again keeps a file written under older rules from slipping out.
  checkDefinition(draft.definition);
  const published = (await versionsOfKey(ctx.tx, draft.key)).filter((v) => v.status === 'published');
  if (published.length > 0) {
    const next = Math.max(...published.map((v) => v.version)) + 1;
    if (draft.version !== next) {
      throw fieldError(
        'version',
        `The next published version of "${draft.key}" must be ${next}; change this draft's version to ${next} before publishing.`,
      );
    }
  }
  const [row] = await ctx.tx
    .update(frameworks)
    .set({
      status: 'published',
      publishedAt: new Date(),
      revision: sql`${frameworks.revision} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(eq(frameworks.id, draft.id), eq(frameworks.revision, revision), eq(frameworks.status, 'draft')),
    )
    .returning();
  if (!row) throw staleDraft();
  await recordAudit(ctx, {
    organizationId: draft.ownerId,
    entityType: 'framework',
    entityId: row.id,
    action: 'publish',
    before: auditSummary(draft),
    after: auditSummary(row),
  });
  return row;
}
