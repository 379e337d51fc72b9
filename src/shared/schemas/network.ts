import { z } from 'zod';
import { limits } from '../limits';
import { organizationKinds } from '../roles';
import { id, optionalText, requiredText, version } from './common';

const memberIds = z
  .array(id)
  .max(limits.networkMembersMax, `A network can have at most ${limits.networkMembersMax} members.`);

export const createNetworkInput = z.object({
  name: requiredText(limits.nameMax),
  description: optionalText(limits.longTextMax),
  memberIds: memberIds.default([]),
});
export type CreateNetworkInput = z.infer<typeof createNetworkInput>;

export const updateNetworkInput = z.object({
  name: requiredText(limits.nameMax).optional(),
  description: optionalText(limits.longTextMax),
  memberIds: memberIds.optional(),
  version,
});
export type UpdateNetworkInput = z.infer<typeof updateNetworkInput>;

export const archiveNetworkInput = z.object({ archived: z.boolean(), version });
export type ArchiveNetworkInput = z.infer<typeof archiveNetworkInput>;

export const network = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  ownerId: z.string(),
  archived: z.boolean(),
  version: z.number().int(),
  /** Alphabetical by name. */
  members: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(organizationKinds) })),
  abilities: z.object({ update: z.boolean() }),
});
export type Network = z.infer<typeof network>;
