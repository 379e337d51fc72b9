import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { InvitationStatus } from '../../shared/schemas/invitation';
import { hashSecret } from '../auth/tokens';
import type { Db, Tx } from '../db/client';
import { invitations, organizations, people } from '../db/schema';
import { notFound } from '../http/errors';

export type InvitationRow = typeof invitations.$inferSelect;

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

export async function loadInvitation(db: Db | Tx, id: string): Promise<InvitationRow> {
  const row = await db.query.invitations.findFirst({ where: eq(invitations.id, id) });
  if (!row) throw notFound('Invitation');
  return row;
}

/** Newest first, with the inviter's name. */
export async function listInvitations(db: Db | Tx, organizationId: string) {
  return db
    .select({ invitation: invitations, inviter: { id: people.id, name: people.name } })
    .from(invitations)
    .leftJoin(people, eq(people.id, invitations.invitedById))
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

export type InvitationListRow = Awaited<ReturnType<typeof listInvitations>>[number];

/** The invitation a link names, only while it can still be accepted (pending, unexpired, organization live). */
export async function findOpenInvitation(db: Db | Tx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
        isNull(organizations.archivedAt),
      ),
    );
  return row;
}
