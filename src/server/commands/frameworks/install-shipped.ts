import { and, eq } from 'drizzle-orm';
import type { FrameworkFile } from '../../../shared/schemas/framework-format';
import { frameworks } from '../../db/schema';
import { versionsOfKey } from '../../queries/frameworks';
import { type CommandContext, recordAudit } from '../context';
import { auditSummary, columnsOf } from './definition';

export type ShippedOutcome = 'installed' | 'present' | 'changed' | 'key-taken';

/** JSON with sorted keys: jsonb does not keep key order, so this is how a stored file is compared with one on disk. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Installs one shipped framework as a published, owner-less version unless that version is already there.
 * A stored version is never replaced: published versions are immutable, so a changed file must bump `version`.
 */
export async function installShippedFramework(
  ctx: CommandContext,
  input: { framework: FrameworkFile; file: string },
): Promise<ShippedOutcome> {
  const { framework, file } = input;
  const versions = await versionsOfKey(ctx.tx, framework.key);
  if (versions.some((v) => v.ownerId !== null)) return 'key-taken';
  const [stored] = await ctx.tx
    .select({ definition: frameworks.definition })
    .from(frameworks)
    .where(and(eq(frameworks.key, framework.key), eq(frameworks.version, framework.version)));
  if (stored) return canonical(stored.definition) === canonical(framework) ? 'present' : 'changed';
  const [row] = await ctx.tx
    .insert(frameworks)
    .values({ ...columnsOf(framework), status: 'published', ownerId: null, publishedAt: new Date() })
    .returning();
  await recordAudit(ctx, {
    organizationId: null,
    entityType: 'framework',
    entityId: row.id,
    action: 'install',
    after: { ...auditSummary(row), file },
  });
  return 'installed';
}
