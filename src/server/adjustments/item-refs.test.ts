import { describe, expect, it } from 'vitest';
import { linkedItems } from './item-refs';

const row = {
  strategyId: 's',
  milestoneId: 'm',
  strategyTitle: 'Guided reading',
  strategyPosition: 1,
  priorityPosition: 0,
  milestoneTitle: 'Cycle 1',
  milestonePosition: 2,
};

describe('linked plan items', () => {
  it('numbers the strategy and milestone from their positions', () => {
    expect(linkedItems(row)).toEqual({
      strategy: { id: 's', number: '1.2', title: 'Guided reading' },
      milestone: { id: 'm', number: '1.2.3', title: 'Cycle 1' },
    });
  });

  it('leaves out what is not linked or no longer exists', () => {
    expect(linkedItems({ ...row, milestoneId: null }).milestone).toBeNull();
    expect(linkedItems({ ...row, milestoneTitle: null, milestonePosition: null }).milestone).toBeNull();
    expect(
      linkedItems({ ...row, strategyTitle: null, strategyPosition: null, priorityPosition: null }),
    ).toEqual({
      strategy: null,
      milestone: null,
    });
  });
});
