import { people } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { findPersonByEmail, type PersonRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';

export type CreatePersonInput = {
  email: string;
  name: string;
  position?: string | null;
  passwordHash?: string | null;
  /** The organization the person is being added to, for the audit trail. */
  organizationId: string | null;
};

export async function createPerson(ctx: CommandContext, input: CreatePersonInput): Promise<PersonRow> {
  if (await findPersonByEmail(ctx.tx, input.email)) {
    throw fieldError('email', 'Someone already has an account with this email address.');
  }
  const [row] = await ctx.tx
    .insert(people)
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      position: input.position ?? null,
      passwordHash: input.passwordHash ?? null,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: input.organizationId,
    entityType: 'person',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return row;
}
