import { describe, expect, it } from 'vitest';
import { addedId } from './focus';
import { movedIds } from './order';

describe('movedIds', () => {
  it('swaps an item with its neighbour', () => {
    expect(movedIds(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedIds(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order alone at either end', () => {
    expect(movedIds(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(movedIds(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('addedId', () => {
  it('finds the item a create added', () => {
    expect(addedId([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toBe('b');
    expect(addedId([{ id: 'a' }], [{ id: 'a' }])).toBeNull();
  });
});
