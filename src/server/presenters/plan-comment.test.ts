import { describe, expect, it } from 'vitest';
import { planTreeFixture } from '../../../tests/support/plan-tree-fixture';
import { anchorLink, anchorPlace } from './plan-comment';

describe('anchorPlace', () => {
  const plan = planTreeFixture();
  const goal = plan.goals[1];
  const priority = plan.priorities[0];
  const strategy = plan.priorities
    .flatMap((p) => p.strategies)
    .find((s) => s.milestones.some((m) => m.actions.length > 1));
  if (!strategy) throw new Error('The fixture needs a milestone with several actions.');
  const milestone = strategy.milestones.find((m) => m.actions.length > 1) ?? strategy.milestones[0];
  const action = milestone.actions[milestone.actions.length - 1];

  it('labels each part by the number the workspace shows, on the tab that edits it', () => {
    expect(anchorPlace(plan, 'goal', goal.id)).toEqual({
      label: `Goal ${goal.number}`,
      exists: true,
      tab: 'direction',
      focus: `direction/goal/${goal.id}`,
    });
    expect(anchorPlace(plan, 'measure', goal.measures[0].id).label).toBe(
      `Measure ${goal.measures[0].number} of goal ${goal.number}`,
    );
    expect(anchorPlace(plan, 'strategy', strategy.id)).toMatchObject({
      label: `Strategy ${strategy.number}`,
      focus: `plan/strategy/${strategy.id}`,
    });
    expect(anchorPlace(plan, 'milestone', milestone.id).label).toBe(`Milestone ${milestone.number}`);
    expect(anchorPlace(plan, 'action', action.id).label).toBe(`Action ${action.number}`);
    expect(action.number.split('.')).toHaveLength(4);
    expect(anchorPlace(plan, 'priority', priority.id)).toMatchObject({
      label: `Priority area ${priority.number}`,
      tab: 'needs',
    });
    const weakness = plan.swot.find((s) => s.quadrant === 'weakness');
    expect(weakness).toBeDefined();
    expect(anchorPlace(plan, 'swot', weakness?.id ?? null).label).toBe('SWOT weakness');
    expect(anchorPlace(plan, 'direction', null)).toMatchObject({
      label: 'Direction',
      tab: 'direction',
      focus: null,
    });
  });

  it('says when the part is gone', () => {
    const gone = '00000000-0000-4000-8000-999999999999';
    expect(anchorPlace(plan, 'strategy', gone)).toEqual({
      label: 'Strategy (deleted)',
      exists: false,
      tab: null,
      focus: null,
    });
    expect(anchorPlace(plan, 'goal', strategy.id).label).toBe('Goal (deleted)');
  });

  it('links to the tab and focus, or to the plan alone', () => {
    const place = anchorPlace(plan, 'strategy', strategy.id);
    expect(anchorLink('o1', 'p1', place)).toBe(`/o/o1/plans/p1?tab=plan&focus=plan/strategy/${strategy.id}`);
    expect(anchorLink('o1', 'p1', anchorPlace(plan, 'needs', null))).toBe('/o/o1/plans/p1?tab=needs');
    expect(anchorLink('o1', 'p1', anchorPlace(plan, 'plan', null))).toBe('/o/o1/plans/p1');
  });
});
