import type { NeedsElements } from '../../../../shared/schemas/plan';
import type { NeedsElementKey } from '../../../../shared/schemas/plan-enums';

/** Tool A's checklist as the template lays it out: five groups of tick boxes, then single lines with examples. */
export const elementGroups: { key: string; items: NeedsElementKey[] }[] = [
  {
    key: 'demographics',
    items: ['demographics_student', 'demographics_community', 'demographics_personnel', 'demographics_other'],
  },
  {
    key: 'policies',
    items: ['policies_operations', 'policies_learning_infrastructure', 'policies_support_for_improvement'],
  },
  {
    key: 'outcomes',
    items: [
      'outcomes_assessments',
      'outcomes_graduation_rates',
      'outcomes_postsecondary_success',
      'outcomes_accountability_metrics',
      'outcomes_other',
    ],
  },
  { key: 'engagement', items: ['engagement_attendance', 'engagement_behavior', 'engagement_other'] },
  {
    key: 'opportunities',
    items: ['opportunities_enrollment', 'opportunities_equity_of_access', 'opportunities_other'],
  },
];

/** The template's single lines, each with its examples. */
export const elementLines: NeedsElementKey[] = [
  'personnel_policy',
  'professional_practice',
  'climate_culture',
  'performance_management',
  'vendor_practices',
  'other',
];

/** "Other" boxes carry their own description. */
export const isOtherKey = (key: NeedsElementKey) => key === 'other' || key.endsWith('_other');

/** The text kept for each ticked "other" box; text of unticked boxes is dropped rather than kept unseen. */
export function elementsInput(checked: NeedsElementKey[], other: Partial<Record<NeedsElementKey, string>>) {
  const kept: NeedsElements['other'] = {};
  for (const key of checked) if (isOtherKey(key) && other[key]?.trim()) kept[key] = other[key].trim();
  return { checked, other: kept };
}
