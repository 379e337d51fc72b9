import { describe, expect, it } from 'vitest';
import { relationOf } from './relation';

// state → districts d1, d2 → schools d1a, d1b (under d1), d2a (under d2)
const state = 'state/';
const d1 = 'state/d1/';
const d2 = 'state/d2/';
const d1a = 'state/d1/d1a/';
const d1b = 'state/d1/d1b/';
const d2a = 'state/d2/d2a/';

describe('relationOf(heldAt, target)', () => {
  it('is self for the same organization', () => {
    expect(relationOf(state, state)).toBe('self');
    expect(relationOf(d1a, d1a)).toBe('self');
  });

  it('is ancestor when the role is held above the target, at any depth', () => {
    expect(relationOf(state, d1)).toBe('ancestor');
    expect(relationOf(d1, d1a)).toBe('ancestor');
    expect(relationOf(state, d1a)).toBe('ancestor');
    expect(relationOf('a/b/c/', 'a/b/c/d/e/f/')).toBe('ancestor');
  });

  it('is descendant when the role is held below the target, at any depth', () => {
    expect(relationOf(d1, state)).toBe('descendant');
    expect(relationOf(d1a, d1)).toBe('descendant');
    expect(relationOf(d1a, state)).toBe('descendant');
    expect(relationOf('a/b/c/d/e/f/', 'a/b/')).toBe('descendant');
  });

  it('is sibling for organizations with the same parent', () => {
    expect(relationOf(d1a, d1b)).toBe('sibling');
    expect(relationOf(d1b, d1a)).toBe('sibling');
    expect(relationOf(d1, d2)).toBe('sibling');
    // Two top-level organizations share the empty parent.
    expect(relationOf('x/', 'y/')).toBe('sibling');
  });

  it('is unrelated for cousins, aunts and nephews, and separate trees', () => {
    expect(relationOf(d1a, d2a)).toBe('unrelated');
    expect(relationOf(d2a, d1a)).toBe('unrelated');
    expect(relationOf(d2a, d1)).toBe('unrelated');
    expect(relationOf(d1, d2a)).toBe('unrelated');
    expect(relationOf('a/b/c/d/', 'a/b/x/y/')).toBe('unrelated');
    expect(relationOf('other/x/', d1a)).toBe('unrelated');
  });

  it('compares whole path segments, so an id that is a prefix of another id is not an ancestor', () => {
    expect(relationOf('state/d1/', 'state/d10/')).toBe('sibling');
    expect(relationOf('state/d1/', 'state/d10/s/')).toBe('unrelated');
    expect(relationOf('state/d10/s/', 'state/d1/')).toBe('unrelated');
    expect(relationOf('ab/', 'abc/')).toBe('sibling');
  });
});
