import { z } from 'zod';
import { limits } from '../limits';
import { roles } from '../roles';
import { email, optionalText } from './common';

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(roles),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(invitationStatuses),
});
export type Invitation = z.infer<typeof invitation>;

export const createInvitationInput = z.object({
  email,
  name: optionalText(limits.nameMax),
  role: z.enum(roles),
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const createInvitationResponse = z.object({
  invitation,
  /** The acceptance link, returned only when no SMTP server delivers it (outbox mode). */
  link: z.string().nullable(),
});

const token = z.string().min(10, 'This invitation link is incomplete.').max(200);

export const invitationLookupQuery = z.object({ token });

export const invitationLookup = z.object({
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(roles),
  organizationName: z.string(),
  hasAccount: z.boolean(),
});
export type InvitationLookup = z.infer<typeof invitationLookup>;

/** The password is checked against the account when one exists, else against the new-password rules. */
export const acceptInvitationInput = z.object({
  token,
  name: optionalText(limits.nameMax),
  password: z.string().min(1, 'Enter a password.').max(limits.passwordMax),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
