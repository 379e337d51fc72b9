import { limits } from '../../../shared/limits';
import { newSecret } from '../../auth/tokens';
import { passwordResets } from '../../db/schema';
import { membershipsOf, type PersonRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';

export async function requestPasswordReset(ctx: CommandContext, input: { person: PersonRow }) {
  const { secret, hash } = newSecret();
  const expiresAt = new Date(Date.now() + limits.passwordResetMinutes * 60_000);
  await ctx.tx.insert(passwordResets).values({ tokenHash: hash, personId: input.person.id, expiresAt });
  // Without SMTP the email waits in the outbox of the person's first organization, where an administrator can relay it.
  const [membership] = await membershipsOf(ctx.tx, input.person.id);
  const link = `${ctx.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`;
  ctx.queuedEmails.push(
    await ctx.mailer.enqueue(ctx.tx, {
      to: input.person.email,
      organizationId: membership?.organizationId ?? null,
      subject: 'Reset your Throughline password',
      text: `Hello ${input.person.name},\n\nSomeone asked to reset the password for this email address on Throughline. To choose a new password, open this link within ${limits.passwordResetMinutes} minutes:\n\n${link}\n\nIf you did not ask for this, you can ignore this email; your password stays the same.`,
    }),
  );
  await recordAudit(ctx, {
    organizationId: null,
    entityType: 'person',
    entityId: input.person.id,
    action: 'password_reset_requested',
  });
}
