import { z } from 'zod';

/**
 * The framework file format: rubrics and taxonomies as versioned data, never code. Any depth of sections;
 * rated items carry a descriptor for every level of the framework's scale (or say it is illegible in the source).
 * The JSON Schema published at docs/framework.schema.json is generated from this module.
 */

const key = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]*$/,
    'Use lowercase letters, digits, dots and dashes, starting with a letter or digit.',
  )
  .max(80);

const text = z.string().trim().min(1).max(5000);

/** Where a piece of text comes from; shown as attribution wherever the text appears. */
export const frameworkSourceRef = z
  .object({
    section: z.string().max(300).optional().describe('Section, table or page of the source document.'),
    note: z.string().max(1000).optional(),
  })
  .strict();

export const frameworkSource = z
  .object({
    document: text.describe('Title of the source document.'),
    publisher: z.string().max(300).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    license: z
      .string()
      .max(200)
      .describe('e.g. "Public domain (U.S. federal government work)" or "CC BY 4.0".'),
    attribution: text.describe('The attribution line to show wherever the framework’s text appears.'),
    url: z.url().optional(),
  })
  .strict();

export const frameworkLevel = z
  .object({
    key,
    name: text.max(100),
    value: z.number().optional().describe('Numeric value for averages and charts; higher is better.'),
    description: z.string().max(2000).optional(),
    /** A descriptor that applies to every item (scales chosen for a framework, such as "Fully in place"). */
    descriptor: z.string().max(2000).optional(),
  })
  .strict();

/** One row of a level's descriptor. `text: null` with a note marks wording that is illegible in the source. */
export const descriptorRow = z.union([
  z.object({ text }).strict(),
  z.object({ text: z.null(), note: z.string().min(1).max(500) }).strict(),
]);

export const frameworkItem = z
  .object({
    key,
    code: z.string().max(20).optional().describe('The source’s own numbering, e.g. "1a1".'),
    title: text,
    text: z
      .string()
      .max(5000)
      .optional()
      .describe('The item’s full statement when it is longer than the title.'),
    rated: z.boolean().default(true),
    questions: z.array(text).default([]).describe('Questions to consider.'),
    lookFors: z.array(text).default([]),
    evidencePrompt: z.string().max(1000).optional(),
    descriptors: z
      .record(z.string(), z.array(descriptorRow).min(1))
      .default({})
      .describe('Descriptor rows per level key.'),
    source: frameworkSourceRef.optional(),
  })
  .strict();

export type FrameworkSectionInput = {
  key: string;
  code?: string;
  kind?: string;
  title: string;
  description?: string;
  reflectionPrompts?: string[];
  sections?: FrameworkSectionInput[];
  items?: z.input<typeof frameworkItem>[];
  source?: z.infer<typeof frameworkSourceRef>;
};

export type FrameworkSection = Omit<FrameworkSectionInput, 'sections' | 'items' | 'reflectionPrompts'> & {
  reflectionPrompts: string[];
  sections: FrameworkSection[];
  items: z.infer<typeof frameworkItem>[];
};

export const frameworkSection: z.ZodType<FrameworkSection, FrameworkSectionInput> = z.lazy(() =>
  z
    .object({
      key,
      code: z.string().max(20).optional(),
      kind: z
        .string()
        .max(40)
        .optional()
        .describe('What the source calls this level: category, variable, domain, area…'),
      title: text,
      description: z.string().max(5000).optional(),
      reflectionPrompts: z
        .array(text)
        .default([])
        .describe('Prompts answered per section, e.g. strengths and weaknesses.'),
      sections: z.array(frameworkSection).default([]),
      items: z.array(frameworkItem).default([]),
      source: frameworkSourceRef.optional(),
    })
    .strict(),
);

export const frameworkFile = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    key,
    version: z
      .number()
      .int()
      .positive()
      .default(1)
      .describe('Published version; a changed framework gets the next number.'),
    title: text.max(300),
    shortTitle: z.string().max(100).optional(),
    kind: z.enum(['rubric', 'taxonomy']).default('rubric'),
    description: z.string().max(5000).optional(),
    ratedBy: z.string().max(300).optional().describe('Who the source intends to rate it.'),
    source: frameworkSource,
    levels: z.array(frameworkLevel).default([]),
    sections: z.array(frameworkSection).min(1),
  })
  .strict();

export type FrameworkFile = z.infer<typeof frameworkFile>;
export type FrameworkFileInput = z.input<typeof frameworkFile>;
export type FrameworkItem = z.infer<typeof frameworkItem>;
export type FrameworkLevel = z.infer<typeof frameworkLevel>;
