import { z } from 'zod';
import { limits } from '../limits';
import { id } from './common';
import { type FrameworkFile, frameworkFile } from './framework-format';

export const frameworkStatuses = ['draft', 'published'] as const;
export const availabilityStatuses = ['available', 'required'] as const;
export type AvailabilityStatus = (typeof availabilityStatuses)[number];

const frameworkKey = frameworkFile.shape.key;
const revision = z.number().int().positive();

/**
 * A framework file travels as an opaque object and is checked by `validateFramework`, so one answer lists
 * every problem (shape and cross-checks) with its path under `definition`.
 */
const definitionInput = z
  .record(z.string(), z.unknown())
  .describe('A framework file; its format is published at /api/frameworks/schema.json.');

export const frameworkListQuery = z.object({
  organizationId: id
    .optional()
    .describe('Report availability as it applies to this organization (set by it or above it).'),
});
export type FrameworkListQuery = z.infer<typeof frameworkListQuery>;

export const importFrameworkInput = z.object({ definition: definitionInput });
export type ImportFrameworkInput = z.infer<typeof importFrameworkInput>;

export const cloneFrameworkInput = z.object({
  organizationId: id.describe('The organization that will own the draft.'),
  key: frameworkKey
    .optional()
    .describe('A new key; without it the draft is the next version of the same key.'),
  title: z.string().trim().min(1, 'Required.').max(300).optional(),
});
export type CloneFrameworkInput = z.infer<typeof cloneFrameworkInput>;

export const updateFrameworkInput = z.object({ definition: definitionInput, revision });
export type UpdateFrameworkInput = z.infer<typeof updateFrameworkInput>;

export const publishFrameworkInput = z.object({ revision });
export type PublishFrameworkInput = z.infer<typeof publishFrameworkInput>;

export const frameworkSummary = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  shortTitle: z.string().nullable(),
  version: z.number().int(),
  kind: z.enum(['rubric', 'taxonomy']),
  status: z.enum(frameworkStatuses),
  /** Rated items; for a taxonomy, all of its items. */
  itemCount: z.number().int(),
  levelNames: z.array(z.string()),
  owner: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe('null for frameworks shipped with the product.'),
  source: z.object({ document: z.string(), license: z.string(), attribution: z.string() }),
  publishedAt: z.string().nullable(),
  availability: z
    .enum(availabilityStatuses)
    .nullable()
    .describe(
      'For the organizationId asked about: the strongest setting made by it or any organization above it.',
    ),
  latest: z
    .boolean()
    .describe('The newest published version of its key that you can see; drafts are never latest.'),
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;

export const frameworkDetail = frameworkSummary.extend({
  // Recursive sections do not fit the OpenAPI document; /api/frameworks/schema.json describes this object.
  definition: z
    .record(z.string(), z.unknown())
    .describe('The whole framework file, as validated (format: /api/frameworks/schema.json).'),
  revision: z.number().int(),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), clone: z.boolean() }),
});
export type FrameworkDetail = Omit<z.infer<typeof frameworkDetail>, 'definition'> & {
  definition: FrameworkFile;
};

export const availabilitySetting = z.object({
  frameworkKey: z.string(),
  status: z.enum(availabilityStatuses),
  setBy: z.object({ id: z.string(), name: z.string() }),
});
export type AvailabilitySetting = z.infer<typeof availabilitySetting>;

export const setAvailabilityInput = z.object({
  items: z
    .array(z.object({ frameworkKey, status: z.enum(availabilityStatuses) }))
    .max(limits.frameworkAvailabilityMax, `At most ${limits.frameworkAvailabilityMax} frameworks.`),
});
export type SetAvailabilityInput = z.infer<typeof setAvailabilityInput>;
