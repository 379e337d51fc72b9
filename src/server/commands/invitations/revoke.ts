import { and, eq, isNull } from 'drizzle-orm';
import { invitations } from '../../db/schema';
import { badRequest } from '../../http/errors';
import type { InvitationRow } from '../../queries/invitations';
import { type CommandContext, recordAudit } from '../context';

const alreadyAccepted = 'This invitation was already accepted; remove the membership instead.';

/** Withdraws an invitation so its link stops working; withdrawing twice changes nothing. */
export async function revokeInvitation(ctx: CommandContext, invitation: InvitationRow) {
  if (invitation.acceptedAt) throw badRequest(alreadyAccepted);
  if (invitation.revokedAt) return invitation;
  const [row] = await ctx.tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning();
  if (!row) throw badRequest(alreadyAccepted);
  await recordAudit(ctx, {
    organizationId: invitation.organizationId,
    entityType: 'invitation',
    entityId: row.id,
    action: 'revoke',
    before: invitation,
    after: row,
  });
  return row;
}
