import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { hashSecret } from '../../auth/tokens';
import { invitations, organizations } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { PersonRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';
import { grantRole } from '../memberships/grant-role';
import { createPerson } from '../people/create-person';

export const invitationClosed =
  'This invitation has expired, was withdrawn or was already used. Ask for a new one.';

export type AcceptInvitation = {
  token: string;
  /** The account the invitation's email already belongs to (its password checked by the caller), or null. */
  person: PersonRow | null;
  /** For a new account: the name to use (the one typed, else the one the invitation carries). */
  name: string | null;
  passwordHash: string | null;
};

function personActor(personId: string): Actor {
  return { kind: 'person', personId, sessionId: null, csrfToken: null, grants: [] };
}

/** Spends the link (once, even under concurrent attempts), creates the account if needed and grants the role. */
export async function acceptInvitation(ctx: CommandContext, input: AcceptInvitation): Promise<PersonRow> {
  const now = new Date();
  const [invitation] = await ctx.tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(input.token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  if (!invitation) throw fieldError('token', invitationClosed);
  const organization = await ctx.tx.query.organizations.findFirst({
    where: eq(organizations.id, invitation.organizationId),
  });
  if (!organization || organization.archivedAt) throw fieldError('token', invitationClosed);

  // Whoever holds the link acts here, not any session the browser happens to carry.
  let person = input.person;
  if (!person) {
    if (!input.name) throw fieldError('name', 'Enter your name.');
    person = await createPerson(
      { ...ctx, actor: null },
      {
        email: invitation.email,
        name: input.name,
        passwordHash: input.passwordHash,
        organizationId: organization.id,
      },
    );
  }
  const asInvitee = { ...ctx, actor: personActor(person.id) };
  await grantRole(asInvitee, { personId: person.id, organizationId: organization.id, role: invitation.role });
  await recordAudit(asInvitee, {
    organizationId: organization.id,
    entityType: 'invitation',
    entityId: invitation.id,
    action: 'accept',
    after: invitation,
  });
  return person;
}
