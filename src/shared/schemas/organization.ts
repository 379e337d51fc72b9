import { z } from 'zod';
import { limits } from '../limits';
import { essaStatuses, organizationKinds, titleIStatuses } from '../roles';
import { email, id, optionalText, requiredText, version } from './common';

export const organizationFields = {
  name: requiredText(limits.nameMax),
  code: optionalText(50),
  cityCounty: optionalText(),
  zipCode: z
    .string()
    .trim()
    .regex(/^(\d{5}(-\d{4})?)?$/, 'Enter a 5-digit ZIP code (or ZIP+4).')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: optionalText(limits.phoneMax),
  leaderName: optionalText(),
  contactName: optionalText(),
  contactEmail: z
    .union([z.literal('').transform(() => null), email])
    .nullable()
    .optional(),
  districtLiaison: optionalText(),
  essaStatus: z.enum(essaStatuses).optional(),
  titleIStatus: z.enum(titleIStatuses).optional(),
  federalDesignation: optionalText(),
};

export const createOrganizationInput = z.object({
  ...organizationFields,
  kind: z.enum(organizationKinds),
  parentId: id,
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;

export const updateOrganizationInput = z.object({
  ...organizationFields,
  name: organizationFields.name.optional(),
  version,
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationInput>;

export const moveOrganizationInput = z.object({ parentId: id, version });
export type MoveOrganizationInput = z.infer<typeof moveOrganizationInput>;

export const archiveOrganizationInput = z.object({ archived: z.boolean(), version });
export type ArchiveOrganizationInput = z.infer<typeof archiveOrganizationInput>;

export const organizationListQuery = z.object({
  search: z.string().trim().max(limits.searchMax).optional(),
  parentId: id.optional(),
  kind: z.enum(organizationKinds).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuery>;

export const organizationSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  cityCounty: z.string().nullable(),
  essaStatus: z.enum(essaStatuses),
  archived: z.boolean(),
  childCount: z.number().int(),
  /** Names from the top of the tree down to the parent, for showing where a result sits. */
  trail: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type OrganizationSummary = z.infer<typeof organizationSummary>;

export const organizationDetail = organizationSummary.extend({
  zipCode: z.string().nullable(),
  phone: z.string().nullable(),
  leaderName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  districtLiaison: z.string().nullable(),
  titleIStatus: z.enum(titleIStatuses),
  federalDesignation: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.record(z.string(), z.boolean()),
});
export type OrganizationDetail = z.infer<typeof organizationDetail>;
