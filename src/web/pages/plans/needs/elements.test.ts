import { describe, expect, it } from 'vitest';
import { needsElementKeys } from '../../../../shared/schemas/plan-enums';
import { elementGroups, elementLines, elementsInput, isOtherKey } from './elements';

describe('needs elements', () => {
  it('lays out every element exactly once', () => {
    const laidOut = [...elementGroups.flatMap((g) => g.items), ...elementLines];
    expect([...laidOut].sort()).toEqual([...needsElementKeys].sort());
  });

  it('recognises the boxes that carry a description', () => {
    expect(needsElementKeys.filter(isOtherKey)).toEqual([
      'demographics_other',
      'outcomes_other',
      'engagement_other',
      'opportunities_other',
      'other',
    ]);
  });

  it('keeps trimmed descriptions of ticked boxes only', () => {
    expect(
      elementsInput(['demographics_other', 'engagement_attendance', 'other'], {
        demographics_other: '  migrant families ',
        outcomes_other: 'dropped: not ticked',
        other: '   ',
      }),
    ).toEqual({
      checked: ['demographics_other', 'engagement_attendance', 'other'],
      other: { demographics_other: 'migrant families' },
    });
  });
});
