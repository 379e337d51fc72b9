import { z } from 'zod';
import { limits } from '../limits';
import { adjustment } from './adjustments';
import { id, version } from './common';
import { implementationFigures, quarterPeriod } from './monitoring';
import { measureProgress } from './performance';
import { support } from './supports';

export const quarterlyReportQuery = z.object({
  period: quarterPeriod
    .optional()
    .describe(
      'The quarter, e.g. 2026-Q2; the current one (the quarter of the month being reported) by default.',
    ),
});
export type QuarterlyReportQuery = z.infer<typeof quarterlyReportQuery>;

export const quarterlyExportFormats = ['pdf', 'xlsx'] as const;
export type QuarterlyExportFormat = (typeof quarterlyExportFormats)[number];

export const quarterlyExportQuery = quarterlyReportQuery.extend({
  format: z.enum(quarterlyExportFormats, 'Choose pdf or xlsx.').describe('pdf for printing, xlsx for Excel.'),
});

export const quarterlyNarrativeInput = z.object({
  period: quarterPeriod,
  narrative: z
    .string()
    .trim()
    .max(limits.quarterlyNarrativeMax, `Must be at most ${limits.quarterlyNarrativeMax} characters.`)
    .describe('The team’s account of the quarter: progress, challenges, what changes next.'),
  /** The version read, or absent when the quarter has no narrative yet. */
  version: version.optional(),
});
export type QuarterlyNarrativeInput = z.infer<typeof quarterlyNarrativeInput>;

export const quarterlyNarrative = z.object({
  text: z.string(),
  /** Null until someone first saves a narrative for the quarter. */
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id, name: z.string() }).nullable(),
});
export type QuarterlyNarrative = z.infer<typeof quarterlyNarrative>;

/** A quarter's report: the figures come from the data, only the narrative is written by the team. */
export const quarterlyReport = z.object({
  organization: z.object({ id, name: z.string(), kind: z.string() }),
  plan: z.object({ id, title: z.string() }).nullable().describe('The plan in effect that school year.'),
  period: quarterPeriod,
  startDate: z.string(),
  endDate: z.string(),
  narrative: quarterlyNarrative,
  implementation: implementationFigures,
  /** The school year's quarters before this one, so the tables can show the year so far. */
  earlierQuarters: z.array(implementationFigures),
  performance: z.array(measureProgress),
  /** Supports active during the quarter. */
  supports: z.array(support),
  /** Adjustments decided during the quarter. */
  adjustments: z.array(adjustment),
  abilities: z.object({ editNarrative: z.boolean() }),
});
export type QuarterlyReport = z.infer<typeof quarterlyReport>;
