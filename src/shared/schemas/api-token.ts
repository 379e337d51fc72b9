import { z } from 'zod';
import { tokenScopes } from '../roles';
import { requiredText } from './common';

export const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(tokenScopes),
  /** The first characters of the secret, so people can tell tokens apart. */
  prefix: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const createApiTokenInput = z.object({ name: requiredText(), scope: z.enum(tokenScopes) });
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const createApiTokenResponse = z.object({
  token: apiToken,
  /** Shown once; only its hash is stored. */
  secret: z.string(),
});
