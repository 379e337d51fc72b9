import { and, eq, sql } from 'drizzle-orm';
import type { SetPreferencesInput } from '../../../shared/schemas/preferences';
import { personPreferences } from '../../db/schema';
import { conflict } from '../../http/errors';
import { type CommandContext, recordAudit } from '../context';
import { staleWrite } from '../versioning';

export type PreferencesRow = typeof personPreferences.$inferSelect;

/**
 * Saves a person's own preferences. The first save creates the row (no version); later ones name the
 * version they replace, so two open settings pages cannot silently undo each other.
 */
export async function setPreferences(
  ctx: CommandContext,
  input: SetPreferencesInput & { personId: string; current: PreferencesRow | null },
): Promise<PreferencesRow> {
  const { personId, current, dailyDigest, version } = input;
  if (current && version !== current.version) throw outdated(current.version);
  if (!current && version !== undefined) throw outdated(null);
  const [row] = current
    ? await ctx.tx
        .update(personPreferences)
        .set({ dailyDigest, version: sql`${personPreferences.version} + 1`, updatedAt: new Date() })
        .where(and(eq(personPreferences.personId, personId), eq(personPreferences.version, current.version)))
        .returning()
    : await ctx.tx
        .insert(personPreferences)
        .values({ personId, dailyDigest })
        .onConflictDoNothing()
        .returning();
  if (!row) throw staleWrite('notification setting');
  await recordAudit(ctx, {
    organizationId: null,
    entityType: 'person_preferences',
    entityId: personId,
    action: current ? 'update' : 'create',
    before: current ?? undefined,
    after: row,
  });
  return row;
}

function outdated(currentVersion: number | null) {
  return conflict(
    'Your notification settings were changed elsewhere since you opened this page. Reload to see them.',
    { currentVersion },
  );
}
