import { describe, expect, it } from 'vitest';
import { addedId, moveBy, moved, moveOnto } from './order';

describe('moved', () => {
  it('swaps an item with its neighbour', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it is at the ends', () => {
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('moveBy', () => {
  it('moves an item up and down by one place', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses moves past either end, of unknown ids, and of no distance', () => {
    expect(moveBy(['a', 'b'], 'a', -1)).toBeNull();
    expect(moveBy(['a', 'b'], 'b', 1)).toBeNull();
    expect(moveBy(['a', 'b'], 'x', 1)).toBeNull();
    expect(moveBy(['a', 'b'], 'a', 0)).toBeNull();
  });
});

describe('moveOnto', () => {
  it('puts the item where the one it was dropped on stood', () => {
    expect(moveOnto(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(moveOnto(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(moveOnto(['a', 'b'], 'a', 'a')).toBeNull();
  });
});

describe('addedId', () => {
  it('finds the id a create added', () => {
    expect(addedId(['a', 'b'], ['a', 'b', 'c'])).toBe('c');
    expect(addedId([], ['z'])).toBe('z');
    expect(addedId(['a'], ['a'])).toBeNull();
  });
});
