import { z } from 'zod';

export const importModes = ['preview', 'commit'] as const;
export type ImportMode = (typeof importModes)[number];

export const importQuery = z.object({ mode: z.enum(importModes).default('preview') });

/** `row` numbers count the header as row 1, so they match the row numbers a spreadsheet shows. */
export const importIssue = z.object({ row: z.number().int(), path: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssue>;

export const importRow = z.object({
  row: z.number().int(),
  name: z.string(),
  kind: z.string(),
  /** The parent's name once found; otherwise the text the file gave. */
  parent: z.string().nullable(),
  status: z.enum(['ok', 'error']),
});
export type ImportRow = z.infer<typeof importRow>;

export const importResult = z.object({
  mode: z.enum(importModes),
  total: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  rows: z.array(importRow),
  errors: z.array(importIssue),
});
export type ImportResult = z.infer<typeof importResult>;
