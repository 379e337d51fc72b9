import { describe, expect, it } from 'vitest';
import { byPosition, childNumber, groupBy, numbered } from './numbering';

describe('plan numbering', () => {
  it('numbers top-level lists from 1 and children below their parent', () => {
    expect(childNumber(null, 0)).toBe('1');
    expect(childNumber('2', 2)).toBe('2.3');
    expect(childNumber('1.2.3', 0)).toBe('1.2.3.1');
  });

  it('follows position, not the order rows arrive in', () => {
    const rows = [
      { id: 'c', position: 2 },
      { id: 'a', position: 0 },
      { id: 'b', position: 1 },
    ];
    expect(numbered(rows, '1').map(({ row, number }) => [row.id, number])).toEqual([
      ['a', '1.1'],
      ['b', '1.2'],
      ['c', '1.3'],
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks position ties by age and then id, so the order never flickers', () => {
    const rows = [
      { id: 'y', position: 0, createdAt: new Date('2026-01-02') },
      { id: 'x', position: 0, createdAt: '2026-01-02T00:00:00.000Z' },
      { id: 'z', position: 0, createdAt: new Date('2026-01-01') },
    ];
    expect(byPosition(rows).map((r) => r.id)).toEqual(['z', 'x', 'y']);
  });

  it('groups children by parent so each parent counts its own', () => {
    const groups = groupBy(
      [
        { id: 's1', parent: 'p1' },
        { id: 's2', parent: 'p2' },
        { id: 's3', parent: 'p1' },
      ],
      (r) => r.parent,
    );
    expect([...groups.entries()].map(([k, v]) => [k, v.map((r) => r.id)])).toEqual([
      ['p1', ['s1', 's3']],
      ['p2', ['s2']],
    ]);
  });
});
