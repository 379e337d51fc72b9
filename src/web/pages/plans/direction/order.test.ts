import { describe, expect, it } from 'vitest';
import { addedId, moved } from './order';

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

describe('addedId', () => {
  it('finds the new id', () => {
    expect(addedId(['a', 'b'], ['a', 'c', 'b'])).toBe('c');
    expect(addedId(['a'], ['a'])).toBeUndefined();
  });
});
