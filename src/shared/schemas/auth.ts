import { z } from 'zod';
import { limits } from '../limits';
import { organizationKinds, roles } from '../roles';
import { email, optionalText, requiredText } from './common';
import { organizationFields } from './organization';

export const password = z
  .string()
  .min(limits.passwordMin, `Use at least ${limits.passwordMin} characters.`)
  .max(limits.passwordMax, `Use at most ${limits.passwordMax} characters.`);

export const loginInput = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(limits.passwordMax),
});
export type LoginInput = z.infer<typeof loginInput>;

export const passwordResetRequestInput = z.object({ email });
export const passwordResetCompleteInput = z.object({ token: z.string().min(10).max(200), password });

export const personFields = {
  name: requiredText(),
  position: optionalText(),
};

export const setupInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo') }),
  z.object({
    mode: z.literal('create'),
    administrator: z.object({ ...personFields, email, password }),
    organization: z.object({ ...organizationFields, kind: z.enum(organizationKinds).exclude(['school']) }),
  }),
]);
export type SetupInput = z.infer<typeof setupInput>;

export const setupStatus = z.object({
  needsSetup: z.boolean(),
  demo: z.boolean(),
  demoAccounts: z.array(
    z.object({ email: z.string(), password: z.string(), role: z.string(), organization: z.string() }),
  ),
});

export const membershipSummary = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  organizationKind: z.enum(organizationKinds),
  role: z.enum(roles),
});

export const meResponse = z.object({
  person: z.object({ id: z.string(), email: z.string(), name: z.string(), position: z.string().nullable() }),
  memberships: z.array(membershipSummary),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof meResponse>;
