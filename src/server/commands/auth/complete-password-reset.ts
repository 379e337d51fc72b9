import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import { hashSecret } from '../../auth/tokens';
import { passwordResets, people, sessions } from '../../db/schema';
import { fieldError } from '../../http/errors';
import { type CommandContext, recordAudit } from '../context';

/** Sets the new password, spends the link, and signs the person out everywhere else. */
export async function completePasswordReset(ctx: CommandContext, input: { token: string; password: string }) {
  const [reset] = await ctx.tx
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(passwordResets.tokenHash, hashSecret(input.token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    )
    .returning();
  if (!reset)
    throw fieldError('token', 'This reset link has expired or was already used. Ask for a new one.');
  await ctx.tx
    .update(people)
    .set({ passwordHash: await hashPassword(input.password), updatedAt: new Date() })
    .where(eq(people.id, reset.personId));
  await ctx.tx.delete(sessions).where(eq(sessions.personId, reset.personId));
  await recordAudit(ctx, {
    organizationId: null,
    entityType: 'person',
    entityId: reset.personId,
    action: 'password_reset',
  });
  return reset.personId;
}
