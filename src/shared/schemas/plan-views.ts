import { z } from 'zod';
import { essaStatuses, organizationKinds, titleIStatuses } from '../roles';
import {
  commentAnchorTypes,
  planStatuses,
  planVersionKinds,
  rootCauseMethods,
  swotQuadrants,
} from './plan-enums';
import { fishboneCategory, glossaryEntry, needsElements, target, whyStep } from './plan-inputs';

// What the API answers about plans: the tree, its checks, versions, comments and the network view.

const personRef = z.object({ id: z.string(), name: z.string() });

export const targetView = target.extend({
  yearLabel: z.string().describe('e.g. "2027–28"'),
  computed: z.number().nullable().describe('The target level: the value, or baseline plus change.'),
  text: z.string().describe('e.g. "at least 30%" or "+4 points (22)"'),
});

export const measureView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string().describe('Position within its goal or strategy, from 1.'),
  goalId: z.string().nullable(),
  strategyId: z.string().nullable(),
  indicator: z.string(),
  dataSource: z.string().nullable(),
  unit: z.string().nullable(),
  rows: z.array(
    z.object({
      label: z.string().nullable(),
      baseline: z.number().nullable(),
      baselineAsOf: z.string().nullable(),
      targets: z.array(targetView),
    }),
  ),
});
export type MeasureView = z.infer<typeof measureView>;

export const goalView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string(),
  statement: z.string(),
  explanation: z.string().nullable(),
  measures: z.array(measureView),
});

export const swotView = z.object({
  id: z.string(),
  version: z.number(),
  quadrant: z.enum(swotQuadrants),
  statement: z.string(),
  evidence: z.string().nullable(),
  leverage: z.string().nullable(),
});

export const rootCauseView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string(),
  method: z.enum(rootCauseMethods),
  problem: z.string(),
  whys: z.array(whyStep),
  categories: z.array(fishboneCategory),
  rootCause: z.string().nullable(),
  swotEntryId: z.string().nullable(),
});

export const candidateView = z.object({
  id: z.string(),
  assessmentId: z.string(),
  frameworkKey: z.string(),
  itemCode: z.string().nullable(),
  itemTitle: z.string(),
  levelKey: z.string().nullable(),
  note: z.string().nullable(),
});

export const actionView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string().describe('e.g. "1.1.1.1"'),
  description: z.string(),
  outputs: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budgetAmount: z.number().nullable(),
  fundingSource: z.string().nullable(),
  responsiblePerson: personRef.nullable(),
  responsibleName: z.string().nullable(),
  collaborators: z.string().nullable(),
});

export const milestoneView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string().describe('e.g. "1.1.1"'),
  title: z.string(),
  dueDate: z.string().nullable(),
  responsibleTeam: z.string().nullable(),
  actions: z.array(actionView),
});

export const strategyView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string().describe('e.g. "1.1"'),
  title: z.string(),
  toaIf: z.string().nullable(),
  toaThen: z.string().nullable(),
  toaAnd: z.string().nullable(),
  practiceCodes: z.array(z.string()),
  goalIds: z.array(z.string()),
  rationale: z.string().nullable(),
  evidence: z.string().nullable(),
  measures: z.array(measureView),
  milestones: z.array(milestoneView),
});

export const priorityView = z.object({
  id: z.string(),
  version: z.number(),
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  swotEntryIds: z.array(z.string()),
  rootCauseIds: z.array(z.string()),
  candidateIds: z.array(z.string()),
  strategies: z.array(strategyView),
});

export const periodView = z.object({
  startYear: z.number(),
  years: z.number(),
  label: z.string().describe('e.g. "2026–27 to 2028–29"'),
  yearLabels: z.array(z.object({ year: z.number(), label: z.string() })),
});
export type PeriodView = z.infer<typeof periodView>;

export const directionView = z.object({
  version: z.number(),
  vision: z.string().nullable(),
  mission: z.string().nullable(),
  purposeIf: z.string().nullable(),
  purposeThen: z.string().nullable(),
  purposeAnd: z.string().nullable(),
  glossary: z.array(glossaryEntry),
  leadershipTeam: z.array(z.object({ name: z.string(), position: z.string().nullable() })),
});

export const needsView = z.object({
  version: z.number(),
  elements: needsElements,
  process: z.string().nullable(),
  stakeholderInput: z.string().nullable(),
});

/** The content of a plan: what versions freeze, diffs compare and exports print. */
export const planContent = z.object({
  title: z.string(),
  period: periodView,
  direction: directionView,
  needs: needsView,
  goals: z.array(goalView),
  swot: z.array(swotView),
  rootCauses: z.array(rootCauseView),
  priorities: z.array(priorityView),
});
export type PlanSnapshot = z.infer<typeof planContent>;

export const planAbilities = z.object({
  read: z.boolean(),
  edit: z.boolean(),
  comment: z.boolean(),
  requestSignatures: z.boolean(),
  sign: z.boolean(),
  recordUpdate: z.boolean(),
  export: z.boolean(),
  archive: z.boolean(),
});
export type PlanAbilities = z.infer<typeof planAbilities>;

export const planOrganization = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  code: z.string().nullable(),
  cityCounty: z.string().nullable(),
  zipCode: z.string().nullable(),
  phone: z.string().nullable(),
  leaderName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  districtLiaison: z.string().nullable(),
  essaStatus: z.enum(essaStatuses),
  titleIStatus: z.enum(titleIStatuses),
  federalDesignation: z.string().nullable(),
  parent: z.object({ id: z.string(), name: z.string(), leaderName: z.string().nullable() }).nullable(),
});

export const signatureView = z.object({
  id: z.string(),
  person: personRef,
  roleInPlan: z.string(),
  requestedAt: z.string(),
  signedAt: z.string().nullable(),
  signedName: z.string().nullable(),
  signedPosition: z.string().nullable(),
  signedVersionNumber: z.number().nullable(),
});

export const planUpdateView = z.object({
  number: z.number(),
  createdAt: z.string(),
  summary: z.string().nullable(),
  createdBy: personRef.nullable(),
});

export const planTree = planContent.extend({
  id: z.string(),
  organizationId: z.string(),
  status: z.enum(planStatuses),
  signedAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  organization: planOrganization,
  candidates: z.array(candidateView).describe('Rubric items carried from self-assessments, for linking.'),
  signatures: z.array(signatureView),
  updates: z
    .array(planUpdateView)
    .describe('Recorded updates after signing: Date of Update and Update Summary.'),
  checkCount: z.number(),
  abilities: planAbilities,
});
export type PlanTree = z.infer<typeof planTree>;

export const planSummary = z.object({
  id: z.string(),
  organizationId: z.string(),
  title: z.string(),
  period: periodView,
  status: z.enum(planStatuses),
  signedAt: z.string().nullable(),
  checkCount: z.number(),
  practiceCodes: z.array(z.string()),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof planSummary>;

export const planCheckCodes = [
  'no_goals',
  'goal_without_measure',
  'measure_without_baseline',
  'measure_few_targets',
  'no_priorities',
  'too_many_priorities',
  'priority_without_strategy',
  'strategy_missing_toa',
  'strategy_without_practice',
  'strategy_without_measure',
  'strategy_without_milestones',
  'strategy_single_year',
  'milestone_without_actions',
  'action_without_person',
  'action_without_dates',
  'action_without_outputs',
] as const;
export type PlanCheckCode = (typeof planCheckCodes)[number];

export const planCheck = z.object({
  code: z.enum(planCheckCodes),
  message: z.string(),
  path: z
    .string()
    .describe(
      'Where to fix it: "<tab>/<kind>/<id>" such as "plan/strategy/…", or "<tab>/<list>" such as "needs/priorities".',
    ),
});
export type PlanCheck = z.infer<typeof planCheck>;

export const planVersionView = z.object({
  number: z.number(),
  kind: z.enum(planVersionKinds),
  summary: z.string().nullable(),
  createdAt: z.string(),
  createdBy: personRef.nullable(),
});

export const planVersionList = z.object({
  items: z.array(planVersionView),
  pendingChanges: z.boolean().describe('The plan differs from its latest version.'),
});

export const planChange = z.object({
  change: z.enum(['added', 'removed', 'changed']),
  entity: z.string().describe('e.g. "Strategy"'),
  number: z.string().nullable(),
  label: z.string(),
  fields: z.array(
    z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});
export type PlanChange = z.infer<typeof planChange>;

export const planDiff = z.object({
  from: z.number(),
  to: z.union([z.number(), z.literal('current')]),
  changes: z.array(planChange),
});

export const commentView = z.object({
  id: z.string(),
  author: personRef.nullable(),
  body: z.string(),
  mentions: z.array(personRef),
  createdAt: z.string(),
});

export const commentThread = z.object({
  id: z.string(),
  anchorType: z.enum(commentAnchorTypes),
  anchorId: z.string().nullable(),
  anchorLabel: z.string().describe('e.g. "Strategy 1.2"'),
  resolvedAt: z.string().nullable(),
  resolvedBy: personRef.nullable(),
  comments: z.array(commentView),
});
export type CommentThread = z.infer<typeof commentThread>;

export const networkPlanRow = z.object({
  organization: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(organizationKinds),
    essaStatus: z.enum(essaStatuses),
    parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  plan: planSummary
    .extend({
      strategies: z
        .array(
          z.object({
            id: z.string(),
            number: z.string(),
            title: z.string(),
            practiceCodes: z.array(z.string()),
          }),
        )
        .describe('Strategies coded to the practice filter; all strategies when there is none.'),
    })
    .nullable(),
  completeness: z.enum(['none', 'incomplete', 'complete', 'signed']),
});

export const networkPlans = z.object({
  items: z.array(networkPlanRow),
  practiceCounts: z.record(z.string(), z.number()).describe('Strategies per practice code across the rows.'),
});

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationList = z.object({
  items: z.array(notificationView),
  unreadCount: z.number(),
});
