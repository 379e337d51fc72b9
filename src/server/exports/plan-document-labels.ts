import type { EssaStatus, OrganizationKind, TitleIStatus } from '../../shared/roles';
import type {
  CausePriority,
  NeedsElementKey,
  PlanStatus,
  SwotQuadrant,
} from '../../shared/schemas/plan-enums';

/** Tool A's words for the plan's states, statuses and headings. */
export const statusLabels: Record<PlanStatus, string> = {
  draft: 'Draft',
  awaiting_signatures: 'Awaiting signatures',
  signed: 'Signed',
};

export const essaLabels: Record<EssaStatus, string> = {
  csi: 'CSI — Comprehensive Support and Improvement',
  tsi: 'TSI — Targeted Support and Improvement',
  atsi: 'ATSI — Additional Targeted Support and Improvement',
  none: 'None',
};

export const titleILabels: Record<TitleIStatus, string> = {
  schoolwide: 'Schoolwide program',
  targeted: 'Targeted assistance',
  none: 'Not Title I',
};

/** The template is written for a school; a district's or a state's plan names its own offices. */
export const kindLabels: Record<
  OrganizationKind,
  { name: string; leader: string; parent: string; parentLeader: string; liaison: string }
> = {
  school: {
    name: 'School Name',
    leader: 'Principal',
    parent: 'District',
    parentLeader: 'Superintendent',
    liaison: 'District Liaison/Contact',
  },
  district: {
    name: 'District Name',
    leader: 'Superintendent',
    parent: 'State',
    parentLeader: 'Chief State School Officer',
    liaison: 'State Liaison/Contact',
  },
  state: {
    name: 'State Agency',
    leader: 'Chief State School Officer',
    parent: '',
    parentLeader: '',
    liaison: 'Liaison/Contact',
  },
};

/** Tool A's elements list, in its order and words. */
export const needsElementLabels: Record<NeedsElementKey, string> = {
  demographics_student: 'Demographics: student',
  demographics_community: 'Demographics: community',
  demographics_personnel: 'Demographics: personnel',
  demographics_other: 'Demographics: other',
  policies_operations: 'LEA or SEA policies and supports: operations',
  policies_learning_infrastructure: 'LEA or SEA policies and supports: learning infrastructure',
  policies_support_for_improvement: 'LEA or SEA policies and supports: support for school improvement',
  outcomes_assessments: 'Student outcomes/performance: assessments',
  outcomes_graduation_rates: 'Student outcomes/performance: graduation rates',
  outcomes_postsecondary_success: 'Student outcomes/performance: post-secondary success',
  outcomes_accountability_metrics: 'Student outcomes/performance: accountability metrics',
  outcomes_other: 'Student outcomes/performance: other',
  engagement_attendance: 'Student engagement: attendance',
  engagement_behavior: 'Student engagement: behavior',
  engagement_other: 'Student engagement: other',
  opportunities_enrollment: 'Student opportunities: enrollment/participation in various programs',
  opportunities_equity_of_access: 'Student opportunities: equity of access to quality instruction',
  opportunities_other: 'Student opportunities: other',
  personnel_policy: 'Personnel policy and procedures',
  professional_practice: 'Professional practice',
  climate_culture: 'Climate and culture',
  performance_management: 'Performance management routines',
  vendor_practices: 'Vendor/partner practices and outcomes',
  other: 'Other',
};

export const quadrants: { key: SwotQuadrant; title: string }[] = [
  { key: 'strength', title: 'Strengths' },
  { key: 'opportunity', title: 'Opportunities' },
  { key: 'weakness', title: 'Weaknesses' },
  { key: 'threat', title: 'Threats' },
];

export const causePriorityLabels: Record<CausePriority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const quadrantNames: Record<SwotQuadrant, string> = {
  strength: 'Strength',
  opportunity: 'Opportunity',
  weakness: 'Weakness',
  threat: 'Threat',
};

export const signatureStatement =
  'I have reviewed the plan and understand the work that we need to do together to fully implement the plan.';
