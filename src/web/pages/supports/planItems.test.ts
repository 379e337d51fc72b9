import { describe, expect, it } from 'vitest';
import { linkIds, planItemChoices } from './planItems';

const plan = {
  priorities: [
    {
      strategies: [
        {
          id: 's1',
          number: '1.1',
          title: 'Guided reading',
          practiceCodes: ['3c', '2b'],
          milestones: [
            { id: 'm1', number: '1.1.1', title: 'Cycle 1' },
            { id: 'm2', number: '1.1.2', title: 'Cycle 2' },
          ],
        },
      ],
    },
    { strategies: [{ id: 's2', number: '2.1', title: 'Family nights', practiceCodes: [], milestones: [] }] },
  ],
} as never;

describe('plan item choices', () => {
  it('lists strategies in plan order, each followed by its milestones', () => {
    const choices = planItemChoices(plan);
    expect(choices.map((c) => [c.value, c.number])).toEqual([
      ['strategy:s1', '1.1'],
      ['milestone:m1', '1.1.1'],
      ['milestone:m2', '1.1.2'],
      ['strategy:s2', '2.1'],
    ]);
    expect(choices[2]).toMatchObject({ strategyId: 's1', milestoneId: 'm2', practiceCodes: ['3c', '2b'] });
  });

  it('sends a milestone alone and a strategy by itself', () => {
    const [strategy, milestone] = planItemChoices(plan);
    expect(linkIds(strategy)).toEqual({ strategyId: 's1' });
    expect(linkIds(milestone)).toEqual({ milestoneId: 'm1' });
    expect(linkIds(undefined)).toEqual({});
  });
});
