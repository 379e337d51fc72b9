import { z } from 'zod';
import { limits } from '../limits';
import { id, requiredText } from './common';

const isoDate = z.iso.date('Use a date like 2026-11-15.');

/** What every adjustment must say besides what changed: why, on what evidence, and who decided when. */
export const decisionFields = z.object({
  cause: requiredText(limits.longTextMax).describe('What made the change necessary.'),
  evidence: requiredText(limits.longTextMax).describe(
    'The data or observations behind the decision, e.g. two monthly status reports.',
  ),
  decidedBy: requiredText(limits.shortTextMax).describe('Who decided, e.g. “School leadership team”.'),
  decidedOn: isoDate.optional().describe('The day the decision was made; today when left out.'),
});
export type DecisionFields = z.infer<typeof decisionFields>;

/** An adjustment that changes no plan content, such as a milestone's timeline moved after a review. */
export const createAdjustmentInput = decisionFields.extend({
  summary: requiredText(limits.longTextMax).describe('What changes, in a sentence or two.'),
  strategyId: id.nullable().optional().describe('The strategy it concerns, in this organization’s plan.'),
  milestoneId: id.nullable().optional().describe('The milestone it concerns, in this organization’s plan.'),
});
export type CreateAdjustmentInput = z.infer<typeof createAdjustmentInput>;

export const adjustmentListQuery = z.object({
  below: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Also list the adjustments of every organization below this one.'),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeMax),
});
export type AdjustmentListQuery = z.infer<typeof adjustmentListQuery>;

const named = z.object({ id, name: z.string() });
/** A strategy or milestone with its number in the plan as it stands now ("1.2", "1.2.1"). */
export const planItemRef = z.object({ id, number: z.string(), title: z.string() });
export type PlanItemRef = z.infer<typeof planItemRef>;

export const adjustment = z.object({
  id,
  organization: named,
  plan: z.object({ id, title: z.string() }).nullable(),
  planVersion: z
    .number()
    .int()
    .nullable()
    .describe('The plan version recorded with it, when it came from recording a plan update.'),
  strategy: planItemRef.nullable(),
  milestone: planItemRef.nullable(),
  summary: z.string(),
  cause: z.string(),
  evidence: z.string(),
  decidedBy: z.string(),
  decidedOn: z.string(),
  createdBy: named.nullable(),
  createdAt: z.string(),
  link: z.string().nullable().describe('Where the change shows in the app: the plan’s history or the item.'),
});
export type Adjustment = z.infer<typeof adjustment>;

export const adjustmentList = z.object({
  items: z.array(adjustment),
  abilities: z.object({ record: z.boolean() }),
});
export type AdjustmentList = z.infer<typeof adjustmentList>;
