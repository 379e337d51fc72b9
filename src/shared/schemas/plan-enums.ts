/** Plain value lists for plans, importable by the database schema without pulling in zod. */
export const planStatuses = ['draft', 'awaiting_signatures', 'signed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const swotQuadrants = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof swotQuadrants)[number];

export const rootCauseMethods = ['five_whys', 'fishbone'] as const;
export type RootCauseMethod = (typeof rootCauseMethods)[number];

export const causePriorities = ['high', 'medium', 'low'] as const;
export type CausePriority = (typeof causePriorities)[number];

/** `signature_request` and `signed` are taken automatically; `update` is a recorded change after signing. */
export const planVersionKinds = ['signature_request', 'signed', 'update', 'saved'] as const;
export type PlanVersionKind = (typeof planVersionKinds)[number];

export const targetKinds = ['absolute', 'change'] as const;
export type TargetKind = (typeof targetKinds)[number];

export const targetComparators = ['at_least', 'at_most', 'exactly'] as const;
export type TargetComparator = (typeof targetComparators)[number];

/** The parts of a plan a comment thread can sit on; `plan`, `direction` and `needs` have no anchor id. */
export const commentAnchorTypes = [
  'plan',
  'direction',
  'needs',
  'goal',
  'measure',
  'swot',
  'rootCause',
  'priority',
  'strategy',
  'milestone',
  'action',
] as const;
export type CommentAnchorType = (typeof commentAnchorTypes)[number];

/** The kinds of child rows a plan holds, as named in URLs (/api/plans/{id}/{collection}) and in reorders. */
export const planItemKinds = [
  'goal',
  'measure',
  'swot',
  'rootCause',
  'priority',
  'strategy',
  'milestone',
  'action',
] as const;
export type PlanItemKind = (typeof planItemKinds)[number];

export const planItemCollections: Record<PlanItemKind, string> = {
  goal: 'goals',
  measure: 'measures',
  swot: 'swot',
  rootCause: 'root-causes',
  priority: 'priorities',
  strategy: 'strategies',
  milestone: 'milestones',
  action: 'actions',
};

/** Tool A's list of what a needs assessment examined; `other` entries carry their own text. */
export const needsElementKeys = [
  'demographics_student',
  'demographics_community',
  'demographics_personnel',
  'demographics_other',
  'policies_operations',
  'policies_learning_infrastructure',
  'policies_support_for_improvement',
  'outcomes_assessments',
  'outcomes_graduation_rates',
  'outcomes_postsecondary_success',
  'outcomes_accountability_metrics',
  'outcomes_other',
  'engagement_attendance',
  'engagement_behavior',
  'engagement_other',
  'opportunities_enrollment',
  'opportunities_equity_of_access',
  'opportunities_other',
  'personnel_policy',
  'professional_practice',
  'climate_culture',
  'performance_management',
  'vendor_practices',
  'other',
] as const;
export type NeedsElementKey = (typeof needsElementKeys)[number];
