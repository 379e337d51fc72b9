import { describe, expect, it } from 'vitest';
import { checkTab, focusTarget } from './focus';

describe('focusTarget', () => {
  it('maps an item path to its tab and item element', () => {
    expect(focusTarget('plan/strategy/abc')).toEqual({ tab: 'plan', elementId: 'item-abc' });
    expect(focusTarget('direction/measure/m1')).toEqual({ tab: 'direction', elementId: 'item-m1' });
  });

  it('maps a list path to its list element', () => {
    expect(focusTarget('direction/goals')).toEqual({ tab: 'direction', elementId: 'list-goals' });
    expect(focusTarget('needs/root-causes')).toEqual({ tab: 'needs', elementId: 'list-root-causes' });
  });

  it('points nowhere for unknown tabs or shapes', () => {
    expect(focusTarget(undefined)).toBeNull();
    expect(focusTarget('history/x')).toBeNull();
    expect(focusTarget('plan')).toBeNull();
    expect(focusTarget('plan/strategy/a/b')).toBeNull();
  });

  it('groups checks by their tab', () => {
    expect(checkTab('needs/priorities')).toBe('needs');
    expect(checkTab('odd')).toBe('plan');
  });
});
