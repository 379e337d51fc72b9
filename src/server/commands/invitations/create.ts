import { and, eq, gt, isNull } from 'drizzle-orm';
import { limits } from '../../../shared/limits';
import type { Role } from '../../../shared/roles';
import type { CreateInvitationInput } from '../../../shared/schemas/invitation';
import { newSecret } from '../../auth/tokens';
import { invitations, memberships } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { OrganizationRow } from '../../queries/organizations';
import { findPersonByEmail, type PersonRow } from '../../queries/people';
import { type CommandContext, recordAudit } from '../context';
import { assertMayAssignRole } from '../memberships/assignable';

const roleWithArticle: Record<Role, string> = {
  administrator: 'an administrator',
  leader: 'a leader',
  team_member: 'a team member',
  action_owner: 'an action owner',
  coach: 'a coach',
  viewer: 'a viewer',
};

/**
 * Invites someone by a one-time link emailed to them. Only the link's hash is stored. A new invitation
 * replaces any still-open one for the same person and role, so only the newest link works.
 */
export async function createInvitation(
  ctx: CommandContext,
  input: CreateInvitationInput & { organization: OrganizationRow; inviter: PersonRow },
) {
  const { organization, inviter, email, role } = input;
  assertMayAssignRole(ctx.actor, role, organization);
  const existing = await findPersonByEmail(ctx.tx, email);
  if (existing) {
    const held = await ctx.tx.query.memberships.findFirst({
      where: and(
        eq(memberships.personId, existing.id),
        eq(memberships.organizationId, organization.id),
        eq(memberships.role, role),
      ),
    });
    if (held) throw fieldError('email', `${existing.name} already has this role here.`);
  }

  const now = new Date();
  const superseded = await ctx.tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.organizationId, organization.id),
        eq(invitations.email, email),
        eq(invitations.role, role),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  for (const old of superseded) {
    await recordAudit(ctx, {
      organizationId: organization.id,
      entityType: 'invitation',
      entityId: old.id,
      action: 'revoke',
      after: old,
    });
  }

  const { secret, hash } = newSecret();
  const [row] = await ctx.tx
    .insert(invitations)
    .values({
      email,
      name: input.name ?? null,
      organizationId: organization.id,
      role,
      tokenHash: hash,
      invitedById: inviter.id,
      expiresAt: new Date(now.getTime() + limits.invitationDays * 86_400_000),
    })
    .returning();
  const link = `${ctx.publicUrl}/invitations/accept?token=${encodeURIComponent(secret)}`;
  ctx.queuedEmails.push(
    await ctx.mailer.enqueue(ctx.tx, {
      to: email,
      subject: `${inviter.name} invited you to ${organization.name} on Throughline`,
      text: [
        `Hello${input.name ? ` ${input.name}` : ''},`,
        `${inviter.name} invited you to join ${organization.name} on Throughline as ${roleWithArticle[role]}.`,
        `To accept, open this link within ${limits.invitationDays} days. It works once:`,
        link,
        'If you were not expecting this invitation, you can ignore this email.',
      ].join('\n\n'),
      organizationId: organization.id,
    }),
  );
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'invitation',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return { invitation: row, link };
}
