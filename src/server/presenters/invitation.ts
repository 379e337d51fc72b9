import type { Invitation } from '../../shared/schemas/invitation';
import { type InvitationRow, invitationStatus } from '../queries/invitations';

export function presentInvitation(
  row: InvitationRow,
  inviter: { id: string; name: string } | null,
): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    invitedBy: inviter ? { id: inviter.id, name: inviter.name } : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: invitationStatus(row),
  };
}
