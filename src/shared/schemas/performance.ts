import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, requiredText, version } from './common';
import { metricDirections, metricKinds, metricUnits, observationSources } from './monitoring-enums';

/** A period an observation is for: a school year (2026 = 2026–27), a quarter (2026-Q2) or a month (2026-11). */
export const observationPeriod = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
    'Use a school year like 2026, a quarter like 2026-Q2 or a month like 2026-11.',
  );

export const metricCode = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(limits.metricCodeMax, `Must be at most ${limits.metricCodeMax} characters.`)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, dashes and underscores only.');

// ── Metric catalogue ──────────────────────────────────────────────────────────────────────────────

export const createMetricInput = z.object({
  code: metricCode,
  name: requiredText(limits.nameMax),
  description: optionalText(limits.longTextMax),
  kind: z.enum(metricKinds),
  unit: z.enum(metricUnits),
  better: z.enum(metricDirections).describe('Which direction is better: higher or lower values.'),
  dataSource: optionalText(limits.shortTextMax),
});
export type CreateMetricInput = z.infer<typeof createMetricInput>;

export const updateMetricInput = createMetricInput.partial().extend({ version });
export type UpdateMetricInput = z.infer<typeof updateMetricInput>;

export const metric = z.object({
  id,
  organizationId: id,
  organizationName: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(metricKinds),
  unit: z.enum(metricUnits),
  better: z.enum(metricDirections),
  dataSource: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Metric = z.infer<typeof metric>;
export const metricList = z.object({ items: z.array(metric) });

// ── Observations ──────────────────────────────────────────────────────────────────────────────────

export const observationInput = z.object({
  metricId: id.optional().describe('The metric, by id …'),
  metricCode: metricCode.optional().describe('… or by code (for API clients).'),
  period: observationPeriod,
  breakdown: z
    .string()
    .trim()
    .max(limits.shortTextMax)
    .default('')
    .describe('Empty for all students, or a grade or group such as "Grade 7". Aggregates only.'),
  value: z.number().finite(),
  note: optionalText(limits.longTextMax),
});
export type ObservationInput = z.infer<typeof observationInput>;

/** Hand entry and API posts send several at once; all are saved or none. */
export const observationBatchInput = z.object({
  items: z.array(observationInput).min(1, 'Send at least one observation.').max(limits.observationBatchMax),
});
export type ObservationBatchInput = z.infer<typeof observationBatchInput>;

export const observation = z.object({
  id,
  metricId: id,
  organizationId: id,
  period: z.string(),
  breakdown: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  source: z.enum(observationSources),
  recordedAt: z.string(),
});
export type Observation = z.infer<typeof observation>;

export const observationQuery = z.object({
  metricId: id.optional(),
  period: z.string().trim().max(20).optional().describe('A year, quarter or month prefix, e.g. 2026.'),
});
export const observationList = z.object({ items: z.array(observation) });

// ── Imports (CSV or Excel) ────────────────────────────────────────────────────────────────────────

/** Which file column holds each field; `organization` may be omitted when every row is for this organization. */
export const importMapping = z.object({
  metric: z.string().min(1, 'Choose the column with the metric code.'),
  period: z.string().min(1, 'Choose the column with the period.'),
  value: z.string().min(1, 'Choose the column with the value.'),
  breakdown: z.string().optional(),
  organization: z
    .string()
    .optional()
    .describe('Column with the organization code; rows may be for organizations below.'),
  note: z.string().optional(),
});
export type ImportMapping = z.infer<typeof importMapping>;

export const importRowError = z.object({
  row: z.number().int().describe('Row number as in the file (header is row 1).'),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const importPreview = z.object({
  fileName: z.string(),
  columns: z.array(z.string()),
  /** A guess at the mapping from the column names, for the mapping step. */
  suggestedMapping: importMapping.partial(),
  rowCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.string())).describe('The first rows, as read.'),
  /** Rows that would be saved, new and replacing existing values; only with a mapping. */
  valid: z.number().int(),
  replacing: z.number().int(),
  errors: z.array(importRowError).describe('Every bad row (up to the limit), with the column and reason.'),
  errorCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({
  id,
  fileName: z.string(),
  rowCount: z.number().int(),
  created: z.number().int(),
  replaced: z.number().int(),
});
export type ImportResult = z.infer<typeof importResult>;

// ── Measures: target against actual ───────────────────────────────────────────────────────────────

export const measureStanding = z.enum(['met', 'on_track', 'off_track', 'no_data', 'not_due']);
export type MeasureStanding = z.infer<typeof measureStanding>;

export const measureYear = z.object({
  year: z.number().int().describe('School year start, e.g. 2026 for 2026–27.'),
  label: z.string(),
  target: z.number().nullable(),
  targetText: z.string().nullable().describe('As the plan words it: "at least 30%".'),
  actual: z.number().nullable(),
  actualPeriod: z
    .string()
    .nullable()
    .describe('Which observation gave the actual (the year, else its latest quarter).'),
  standing: measureStanding,
});

export const measureProgressRow = z.object({
  label: z.string().describe('"All students" or the breakdown, e.g. "Grade 7".'),
  breakdown: z.string(),
  baseline: z.number().nullable(),
  years: z.array(measureYear),
  /** Every observation of the metric for this breakdown, oldest first, for the chart. */
  series: z.array(z.object({ period: z.string(), value: z.number() })),
});

export const measureReview = z.object({
  year: z.number().int(),
  explanation: z.string(),
  adjustments: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MeasureReview = z.infer<typeof measureReview>;

export const measureProgress = z.object({
  measureId: id,
  planId: id,
  owner: z.object({ kind: z.enum(['goal', 'strategy']), id, number: z.string(), title: z.string() }),
  indicator: z.string(),
  unit: z.string().nullable(),
  metric: z.object({ id, code: z.string(), name: z.string(), better: z.enum(metricDirections) }).nullable(),
  rows: z.array(measureProgressRow),
  reviews: z.array(measureReview),
  abilities: z.object({ linkMetric: z.boolean(), review: z.boolean() }),
});
export type MeasureProgress = z.infer<typeof measureProgress>;
export const measureProgressList = z.object({ items: z.array(measureProgress) });

export const linkMetricInput = z.object({ metricId: id.nullable() });
export const measureReviewInput = z.object({
  year: z.number().int(),
  explanation: requiredText(limits.longTextMax),
  adjustments: optionalText(limits.longTextMax),
  version: version.optional(),
});
export type MeasureReviewInput = z.infer<typeof measureReviewInput>;

// ── Additions ─────────────────────────────────────────────────────────────────────────────────────

/** PATCH /api/metrics/{id}: the definition's fields, and `archived` to archive or restore the metric. */
export const metricUpdate = updateMetricInput.extend({
  archived: z
    .boolean()
    .optional()
    .describe('true archives (hidden from lists, takes no new values); false restores.'),
});
export type MetricUpdate = z.infer<typeof metricUpdate>;

export const metricListQuery = z.object({
  archived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true includes archived metrics.'),
});

/** Observations hold numeric(14, 4): ten digits before the point. */
export const observationValueLimit = 1e10;

export const measureProgressQuery = z.object({
  asOf: z.iso
    .date('Use a date like 2027-01-31.')
    .optional()
    .describe(
      'Judge each year’s standing as of this date (default today), e.g. a quarter’s last day for its report.',
    ),
});
