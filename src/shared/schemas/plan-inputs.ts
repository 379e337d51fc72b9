import { z } from 'zod';
import { limits } from '../limits';
import { essaStatuses, organizationKinds } from '../roles';
import { id, optionalText, requiredText, version } from './common';
import {
  causePriorities,
  commentAnchorTypes,
  needsElementKeys,
  planItemKinds,
  rootCauseMethods,
  swotQuadrants,
  targetComparators,
  targetKinds,
} from './plan-enums';

const long = () => optionalText(limits.longTextMax);
const short = () => optionalText(limits.shortTextMax);
const isoDate = z.iso.date('Use a date like 2026-09-30.');
const optionalDate = isoDate.nullable().optional();
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `At most ${max} ${what}.`);

// What clients send to change a plan; what they get back is in plan-views.ts.

/** Practice codes of the Four Domains taxonomy: domain 1–4, practice a–c. */
export const practiceCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[1-4][a-c]$/, 'Use a Four Domains practice code like 3c.');

export const planYear = z
  .number()
  .int()
  .min(limits.planStartYearMin, `The plan must start in ${limits.planStartYearMin} or later.`)
  .max(limits.planStartYearMax, `The plan must start by ${limits.planStartYearMax}.`);

export const createPlanInput = z.object({
  title: requiredText(limits.nameMax),
  startYear: planYear.describe('The calendar year the first school year starts: 2026 for 2026–27.'),
  years: z
    .number()
    .int()
    .min(1, 'A plan covers at least one school year.')
    .max(limits.planYearsMax, `A plan covers at most ${limits.planYearsMax} school years.`),
});
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const updatePlanInput = createPlanInput.partial().extend({ version });
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

export const glossaryEntry = z.object({
  term: requiredText(limits.shortTextMax),
  definition: requiredText(limits.longTextMax),
});
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

export const leadershipMember = z.object({
  name: requiredText(limits.nameMax),
  position: short(),
});
export type LeadershipMember = z.infer<typeof leadershipMember>;

export const directionInput = z.object({
  version,
  vision: long(),
  mission: long(),
  purposeIf: long().describe('Theory of action: if we …'),
  purposeThen: long().describe('… then …'),
  purposeAnd: long().describe('… and … (the student-focused result)'),
  glossary: list(glossaryEntry, limits.glossaryMax, 'glossary terms').default([]),
  leadershipTeam: list(leadershipMember, limits.leadershipTeamMax, 'team members').default([]),
});
export type DirectionInput = z.infer<typeof directionInput>;

export const needsElements = z.object({
  checked: z.array(z.enum(needsElementKeys)).max(needsElementKeys.length),
  /** Free text for the `*_other` and `other` boxes, keyed like `checked`. */
  other: z.partialRecord(z.enum(needsElementKeys), z.string().trim().max(limits.shortTextMax)),
});
export type NeedsElements = z.infer<typeof needsElements>;

export const needsInput = z.object({
  version,
  elements: needsElements,
  process: long().describe('How the needs assessment and root cause analysis were done, and who took part.'),
  stakeholderInput: long().describe('How stakeholder input was included.'),
});
export type NeedsInput = z.infer<typeof needsInput>;

export const goalInput = z.object({
  statement: requiredText(limits.longTextMax),
  explanation: long(),
});

export const target = z.object({
  year: planYear.describe('Start year of the school year the target is for: 2027 for 2027–28.'),
  kind: z
    .enum(targetKinds)
    .describe('absolute: a level such as 70; change: a change from baseline such as +4.'),
  comparator: z.enum(targetComparators).default('at_least'),
  value: z.number().finite().min(-1e9).max(1e9),
});
export type Target = z.infer<typeof target>;

export const measureRow = z.object({
  label: short().describe('A breakdown such as "Grade 5"; empty for the whole population.'),
  baseline: z.number().finite().nullable().default(null),
  baselineAsOf: isoDate.nullable().default(null),
  targets: list(target, limits.planYearsMax, 'targets'),
});
export type MeasureRow = z.infer<typeof measureRow>;

export const measureInput = z.object({
  goalId: id.nullable().optional(),
  strategyId: id.nullable().optional(),
  indicator: requiredText(limits.longTextMax),
  dataSource: short(),
  unit: optionalText(limits.unitMax).describe('How values read, e.g. "%" or "points".'),
  rows: list(measureRow, limits.measureRowsMax, 'rows').default([]),
});

export const swotInput = z.object({
  quadrant: z.enum(swotQuadrants),
  statement: requiredText(limits.longTextMax),
  evidence: long(),
  leverage: long().describe(
    'Strengths and opportunities: what can be leveraged to move closer to the goals.',
  ),
});

export const whyStep = z.object({
  question: requiredText(limits.longTextMax),
  answer: z.string().trim().max(limits.longTextMax).default(''),
  evidence: z.string().trim().max(limits.longTextMax).default(''),
});
export type WhyStep = z.infer<typeof whyStep>;

export const fishboneCause = z.object({
  id: z.string().min(1).max(40),
  text: requiredText(limits.longTextMax),
  evidence: z.string().trim().max(limits.longTextMax).default(''),
  actionable: z.boolean().default(true),
  priority: z.enum(causePriorities).nullable().default(null),
});
export type FishboneCause = z.infer<typeof fishboneCause>;

export const fishboneCategory = z.object({
  id: z.string().min(1).max(40),
  name: requiredText(limits.shortTextMax),
  causes: list(fishboneCause, limits.fishboneCausesMax, 'causes in a category'),
});
export type FishboneCategory = z.infer<typeof fishboneCategory>;

export const rootCauseInput = z.object({
  method: z.enum(rootCauseMethods),
  problem: requiredText(limits.longTextMax).describe('The symptom (5 Whys) or the problem (fishbone).'),
  whys: list(whyStep, limits.whysMax, 'whys').default([]),
  categories: list(fishboneCategory, limits.fishboneCategoriesMax, 'categories').default([]),
  rootCause: long().describe('The root cause the team concluded.'),
  swotEntryId: id.nullable().optional().describe('The weakness or threat this analysis explains.'),
});

export const priorityInput = z.object({
  title: requiredText(limits.longTextMax),
  description: long(),
  swotEntryIds: list(id, limits.planListMax, 'linked entries').default([]),
  rootCauseIds: list(id, limits.planListMax, 'linked root causes').default([]),
  candidateIds: list(id, limits.planListMax, 'linked rubric items').default([]),
});

export const strategyInput = z.object({
  priorityId: id,
  title: requiredText(limits.longTextMax),
  toaIf: long(),
  toaThen: long(),
  toaAnd: long(),
  practiceCodes: list(practiceCode, limits.practiceCodesMax, 'practice codes').default([]),
  goalIds: list(id, limits.planListMax, 'goals').default([]),
  rationale: long(),
  evidence: long(),
});

export const milestoneInput = z.object({
  strategyId: id,
  title: requiredText(limits.longTextMax),
  dueDate: optionalDate,
  responsibleTeam: short(),
});

export const actionInput = z.object({
  milestoneId: id,
  description: requiredText(limits.longTextMax),
  outputs: long(),
  startDate: optionalDate,
  endDate: optionalDate,
  budgetAmount: z.number().finite().min(0, 'Must be zero or more.').max(1e11).nullable().optional(),
  fundingSource: short(),
  responsiblePersonId: id.nullable().optional(),
  responsibleName: short().describe('Typed when the person responsible has no account.'),
  collaborators: long(),
});

/** Every plan item is created with its input and patched with any subset of it plus the version read. */
export const planItemInputs = {
  goal: goalInput,
  measure: measureInput,
  swot: swotInput,
  rootCause: rootCauseInput,
  priority: priorityInput,
  strategy: strategyInput,
  milestone: milestoneInput,
  action: actionInput,
} as const;

/** Patches carry only what changed: lists lose their defaults, or an omitted list would clear the links. */
export const planItemPatches = {
  goal: goalInput.partial().extend({ version }),
  measure: measureInput.partial().extend({
    version,
    rows: list(measureRow, limits.measureRowsMax, 'rows').optional(),
  }),
  swot: swotInput.partial().extend({ version }),
  rootCause: rootCauseInput.partial().extend({
    version,
    whys: list(whyStep, limits.whysMax, 'whys').optional(),
    categories: list(fishboneCategory, limits.fishboneCategoriesMax, 'categories').optional(),
  }),
  priority: priorityInput.partial().extend({
    version,
    swotEntryIds: list(id, limits.planListMax, 'linked entries').optional(),
    rootCauseIds: list(id, limits.planListMax, 'linked root causes').optional(),
    candidateIds: list(id, limits.planListMax, 'linked rubric items').optional(),
  }),
  strategy: strategyInput.partial().extend({
    version,
    practiceCodes: list(practiceCode, limits.practiceCodesMax, 'practice codes').optional(),
    goalIds: list(id, limits.planListMax, 'goals').optional(),
  }),
  milestone: milestoneInput.partial().extend({ version }),
  action: actionInput.partial().extend({ version }),
} as const;

export const deleteItemQuery = z.object({ version: z.coerce.number().int().positive() });

/** Siblings in their new order: the full list, so a reorder based on a stale list is refused. */
export const reorderInput = z.object({
  kind: z.enum(planItemKinds),
  parentId: id
    .nullable()
    .default(null)
    .describe('The goal, strategy, priority or milestone; null for plan-level lists.'),
  quadrant: z.enum(swotQuadrants).optional().describe('For SWOT entries.'),
  orderedIds: z.array(id).min(1).max(limits.planListMax),
});
export type ReorderInput = z.infer<typeof reorderInput>;

export const requestSignaturesInput = z.object({
  signatories: z
    .array(z.object({ personId: id, roleInPlan: requiredText(limits.shortTextMax) }))
    .min(1, 'Name at least one signatory.')
    .max(limits.signatoriesMax),
});

export const signInput = z.object({
  position: short().describe('Your position as it should appear beside your signature.'),
});

/**
 * After signing, a recorded update is also an adjustment, so it says why the plan changed, on what evidence,
 * and who decided; before signing those fields are not needed for a saved version.
 */
export const recordUpdateInput = z.object({
  summary: requiredText(limits.longTextMax).describe('The update summary: what changed and why.'),
  cause: long().describe('What made the change necessary. Required once the plan is signed.'),
  evidence: long().describe(
    'The data or observations behind the decision. Required once the plan is signed.',
  ),
  decidedBy: short().describe(
    'Who decided, e.g. “School leadership team”. Required once the plan is signed.',
  ),
  decidedOn: isoDate.optional().describe('The day the decision was made; today when left out.'),
});
export type RecordUpdateInput = z.infer<typeof recordUpdateInput>;

export const diffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.union([z.literal('current'), z.coerce.number().int().positive()]).default('current'),
});

export const commentInput = z.object({
  anchorType: z.enum(commentAnchorTypes),
  anchorId: id.nullable().default(null),
  threadId: id.nullable().default(null).describe('Reply to this thread; null starts a new one.'),
  body: requiredText(limits.commentMax),
  mentionIds: list(id, 20, 'mentions').default([]),
});

export const resolveInput = z.object({ resolved: z.boolean() });

export const networkPlansQuery = z.object({
  practice: practiceCode.optional(),
  essa: z.enum(essaStatuses).optional(),
  completeness: z.enum(['none', 'incomplete', 'complete', 'signed']).optional(),
  kind: z.enum(organizationKinds).optional(),
});
