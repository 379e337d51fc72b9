import { and, eq, sql } from 'drizzle-orm';
import type { UpdateProfileInput } from '../../../shared/schemas/people';
import { people } from '../../db/schema';
import type { PersonRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** A person's own name and position; email and password change through their own flows. */
export async function updateProfile(
  ctx: CommandContext,
  input: UpdateProfileInput & { person: PersonRow },
): Promise<PersonRow> {
  const { person, version, ...changes } = input;
  assertVersion(person, version, 'profile');
  const [row] = await ctx.tx
    .update(people)
    .set({ ...changes, version: sql`${people.version} + 1`, updatedAt: new Date() })
    .where(and(eq(people.id, person.id), eq(people.version, version)))
    .returning();
  if (!row) throw staleWrite('profile');
  await recordAudit(ctx, {
    organizationId: null,
    entityType: 'person',
    entityId: row.id,
    action: 'update',
    before: person,
    after: row,
  });
  return row;
}
