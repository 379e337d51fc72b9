import { z } from 'zod';
import { limits } from '../limits';
import { planItemRef } from './adjustments';
import { id, optionalText, requiredText, version } from './common';
import { supportStatuses } from './monitoring-enums';
import { practiceCode } from './plan-inputs';

const isoDate = z.iso.date('Use a date like 2026-11-15.');
const optionalDate = isoDate.nullable().optional();

/** A support the organization needs, asked of the organization above it. */
export const requestSupportInput = z.object({
  need: requiredText(limits.longTextMax).describe('What support is needed, and what it is for.'),
  strategyId: id.nullable().optional().describe('The strategy it serves, in this organization’s plan.'),
  milestoneId: id.nullable().optional().describe('The milestone it serves, in this organization’s plan.'),
  practiceCode: practiceCode
    .nullable()
    .optional()
    .describe('The Four Domains practice; the strategy’s first practice when left out.'),
});
export type RequestSupportInput = z.infer<typeof requestSupportInput>;

const providerFields = {
  providerOrganizationId: id
    .nullable()
    .optional()
    .describe('The organization that provides it: one above the organization receiving it.'),
  providerVendor: optionalText(limits.shortTextMax).describe('A vendor that provides it, by name.'),
  description: optionalText(limits.longTextMax).describe('What is provided, by whom and how.'),
  startDate: optionalDate,
  endDate: optionalDate,
};

type ProviderShape = {
  providerOrganizationId?: string | null;
  providerVendor?: string | null;
  startDate?: string | null;
  endDate?: string | null;
};

function checkProvider(input: ProviderShape, ctx: z.RefinementCtx) {
  if (input.providerOrganizationId && input.providerVendor)
    ctx.addIssue({
      code: 'custom',
      path: ['providerVendor'],
      message: 'Name the organization or a vendor as the provider, not both.',
    });
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date comes before the start date.' });
}

/** A support the level above provided without being asked. */
export const provideSupportInput = z
  .object({
    ...providerFields,
    description: requiredText(limits.longTextMax).describe('What was provided, by whom and how.'),
    need: optionalText(limits.longTextMax).describe('The need it answers; the description when left out.'),
    strategyId: requestSupportInput.shape.strategyId,
    milestoneId: requestSupportInput.shape.milestoneId,
    practiceCode: requestSupportInput.shape.practiceCode,
  })
  .superRefine(checkProvider);
export type ProvideSupportInput = z.infer<typeof provideSupportInput>;

export const supportAnswers = ['accepted', 'declined', 'provided'] as const;
export type SupportAnswer = (typeof supportAnswers)[number];

/** The answer of the organization asked: accepted (to be provided), declined, or provided. */
export const respondSupportInput = z
  .object({
    status: z.enum(supportAnswers),
    response: requiredText(limits.longTextMax).describe('The answer to the organization that asked.'),
    ...providerFields,
    version,
  })
  .superRefine((input, ctx) => {
    checkProvider(input, ctx);
    if (input.status === 'provided' && !input.description)
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'Say what was provided: it is required once a support is provided.',
      });
  });
export type RespondSupportInput = z.infer<typeof respondSupportInput>;

/** How the receiving organization used a provided support and how well it worked, with data. */
export const evaluateSupportInput = z.object({
  howUsed: requiredText(limits.longTextMax).describe('How the support was used.'),
  effectivenessRating: z
    .number()
    .int('Rate from 1 to 5.')
    .min(1, 'Rate from 1 to 5.')
    .max(limits.supportRatingMax, `Rate from 1 to ${limits.supportRatingMax}.`)
    .describe('1: no effect … 5: very effective.'),
  effectivenessExplanation: requiredText(limits.longTextMax).describe(
    'Why that rating, with data: did progress get back on track or speed up?',
  ),
  version,
});
export type EvaluateSupportInput = z.infer<typeof evaluateSupportInput>;

export const supportDirections = ['received', 'requested_of_us', 'below'] as const;
export type SupportDirection = (typeof supportDirections)[number];

export const supportListQuery = z.object({
  direction: z
    .enum(supportDirections)
    .default('received')
    .describe(
      'received: the supports this organization needed or was given; requested_of_us: those asked of it; below: those of every organization below it.',
    ),
  practice: practiceCode.optional(),
  status: z.enum(supportStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeMax),
});
export type SupportListQuery = z.infer<typeof supportListQuery>;

const named = z.object({ id, name: z.string() });

export const support = z.object({
  id,
  organization: named.describe('The organization that needs or receives the support.'),
  respondent: named.nullable().describe('The organization asked, or the one that gave it unasked.'),
  planId: id.nullable(),
  strategy: planItemRef.nullable(),
  milestone: planItemRef.nullable(),
  practiceCode: z.string().nullable(),
  need: z.string(),
  status: z.enum(supportStatuses),
  response: z.string().nullable(),
  providerOrganization: named.nullable(),
  providerVendor: z.string().nullable(),
  description: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  howUsed: z.string().nullable(),
  effectivenessRating: z.number().int().nullable(),
  effectivenessExplanation: z.string().nullable(),
  requestedBy: named.nullable(),
  requestedAt: z.string().nullable(),
  answeredBy: named.nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ respond: z.boolean(), evaluate: z.boolean() }),
});
export type Support = z.infer<typeof support>;

export const supportList = z.object({
  items: z.array(support),
  /** Where a request from this organization goes: its parent, or null at the top of the tree. */
  askOrganization: named.nullable(),
  abilities: z.object({ request: z.boolean(), provide: z.boolean() }),
});
export type SupportList = z.infer<typeof supportList>;
