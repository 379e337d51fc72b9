import { describe, expect, it } from 'vitest';
import type { CommentThread, PlanTree } from '../../../../shared/schemas/plan';
import { anchorPlace, bodySegments, splitThreads, threadsOn, upsertThread } from './threads';

const thread = (id: string, over: Partial<CommentThread> = {}): CommentThread => ({
  id,
  anchorType: 'strategy',
  anchorId: 's1',
  anchorLabel: 'Strategy 1.1',
  resolvedAt: null,
  resolvedBy: null,
  comments: [{ id, author: null, body: id, mentions: [], createdAt: '2027-01-05T10:00:00.000Z' }],
  ...over,
});

describe('threadsOn', () => {
  it('keeps the threads on one anchor, treating anchorless parts by type alone', () => {
    const list = [
      thread('a'),
      thread('b', { anchorId: 's2' }),
      thread('c', { anchorType: 'direction', anchorId: null }),
      thread('d', { anchorType: 'goal', anchorId: 's1' }),
    ];
    expect(threadsOn(list, 'strategy', 's1').map((t) => t.id)).toEqual(['a']);
    expect(threadsOn(list, 'direction', null).map((t) => t.id)).toEqual(['c']);
    expect(threadsOn(list, 'needs', null)).toEqual([]);
  });
});

describe('splitThreads and upsertThread', () => {
  const resolved = { resolvedAt: '2027-01-06T10:00:00.000Z' };

  it('splits open from resolved threads', () => {
    const { open, resolved: done } = splitThreads([thread('a'), thread('b', resolved), thread('c')]);
    expect(open.map((t) => t.id)).toEqual(['a', 'c']);
    expect(done.map((t) => t.id)).toEqual(['b']);
  });

  it('adds a new thread after the open ones and before the resolved ones', () => {
    const list = upsertThread([thread('a'), thread('b', resolved)], thread('n'));
    expect(list.map((t) => t.id)).toEqual(['a', 'n', 'b']);
  });

  it('replaces a thread in place and moves it to its group when resolved or reopened', () => {
    const list = [thread('a'), thread('b'), thread('c', resolved)];
    expect(upsertThread(list, thread('a', resolved)).map((t) => t.id)).toEqual(['b', 'a', 'c']);
    const reopened = upsertThread([thread('a', resolved), thread('c', resolved)], thread('c'));
    expect(reopened.map((t) => [t.id, t.resolvedAt])).toEqual([
      ['c', null],
      ['a', resolved.resolvedAt],
    ]);
    const reply = thread('b', { comments: [...thread('b').comments, ...thread('r').comments] });
    expect(upsertThread(list, reply)[1].comments).toHaveLength(2);
  });
});

describe('bodySegments', () => {
  it('marks "@Name" for the people mentioned, preferring the longest name', () => {
    expect(bodySegments('Hi @Ann Lee and @Ann, see @Bob.', ['Ann', 'Ann Lee'])).toEqual([
      { text: 'Hi ', mention: false },
      { text: '@Ann Lee', mention: true },
      { text: ' and ', mention: false },
      { text: '@Ann', mention: true },
      { text: ', see @Bob.', mention: false },
    ]);
  });

  it('leaves text alone when nobody is mentioned or names hold pattern characters', () => {
    expect(bodySegments('Plain (text)', [])).toEqual([{ text: 'Plain (text)', mention: false }]);
    expect(bodySegments('@J. (Jo) Smith!', ['J. (Jo) Smith'])).toEqual([
      { text: '@J. (Jo) Smith', mention: true },
      { text: '!', mention: false },
    ]);
  });
});

describe('anchorPlace', () => {
  const action = { id: 'a1' };
  const plan = {
    goals: [{ id: 'g1', measures: [{ id: 'gm1' }] }],
    swot: [{ id: 'w1' }],
    rootCauses: [{ id: 'r1' }],
    priorities: [
      {
        id: 'p1',
        strategies: [{ id: 's1', measures: [{ id: 'sm1' }], milestones: [{ id: 'm1', actions: [action] }] }],
      },
    ],
  } as unknown as PlanTree;

  it('finds the tab and focus path of each kind of item', () => {
    expect(anchorPlace(plan, 'goal', 'g1')).toEqual({ tab: 'direction', focus: 'direction/goal/g1' });
    expect(anchorPlace(plan, 'measure', 'gm1')).toEqual({ tab: 'direction', focus: 'direction/measure/gm1' });
    expect(anchorPlace(plan, 'measure', 'sm1')).toEqual({ tab: 'plan', focus: 'plan/measure/sm1' });
    expect(anchorPlace(plan, 'swot', 'w1')).toEqual({ tab: 'needs', focus: 'needs/swot/w1' });
    expect(anchorPlace(plan, 'rootCause', 'r1')?.tab).toBe('needs');
    expect(anchorPlace(plan, 'priority', 'p1')?.tab).toBe('needs');
    expect(anchorPlace(plan, 'strategy', 's1')).toEqual({ tab: 'plan', focus: 'plan/strategy/s1' });
    expect(anchorPlace(plan, 'milestone', 'm1')?.focus).toBe('plan/milestone/m1');
    expect(anchorPlace(plan, 'action', 'a1')?.focus).toBe('plan/action/a1');
  });

  it('opens the direction and needs tabs whole, and points nowhere for the plan or a deleted item', () => {
    expect(anchorPlace(plan, 'direction', null)).toEqual({ tab: 'direction' });
    expect(anchorPlace(plan, 'needs', null)).toEqual({ tab: 'needs' });
    expect(anchorPlace(plan, 'plan', null)).toBeNull();
    expect(anchorPlace(plan, 'strategy', 'gone')).toBeNull();
  });
});
