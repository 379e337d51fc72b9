import { z } from 'zod';
import { roles } from '../roles';
import { email, optionalText, requiredText, version } from './common';

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  position: z.string().nullable(),
});

export const member = z.object({
  membershipId: z.string(),
  role: z.enum(roles),
  createdAt: z.string(),
  person: personSummary,
});
export type Member = z.infer<typeof member>;

export const addMemberInput = z.object({ email, role: z.enum(roles) });
export type AddMemberInput = z.infer<typeof addMemberInput>;

export const updateProfileInput = z.object({
  name: requiredText().optional(),
  position: optionalText(),
  version,
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const profile = personSummary.extend({ version: z.number().int() });
export type Profile = z.infer<typeof profile>;
