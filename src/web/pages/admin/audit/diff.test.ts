import { describe, expect, it } from 'vitest';
import { diffSnapshots, humanize } from './diff';

describe('diffSnapshots', () => {
  it('marks changed, unchanged, added and removed fields', () => {
    const changes = diffSnapshots(
      { name: 'Hudson MS', phone: '555', code: 'HMS', leaderName: 'A' },
      { name: 'Hudson Middle School', phone: '555', code: null, zipCode: '12534' },
    );
    expect(changes).toEqual([
      { field: 'name', before: 'Hudson MS', after: 'Hudson Middle School', kind: 'changed' },
      { field: 'phone', before: '555', after: '555', kind: 'unchanged' },
      { field: 'code', before: 'HMS', after: null, kind: 'changed' },
      { field: 'zipCode', before: undefined, after: '12534', kind: 'added' },
      { field: 'leaderName', before: 'A', after: undefined, kind: 'removed' },
    ]);
  });

  it('treats a creation as every field added and flattens nested values', () => {
    const changes = diffSnapshots(null, {
      name: 'Network',
      members: [
        { id: '1', name: 'Hudson Middle School' },
        { id: '2', name: 'Lincoln Elementary School' },
      ],
      settings: { visible: true },
      tags: ['a', 'b'],
    });
    expect(changes.map((c) => [c.field, c.after, c.kind])).toEqual([
      ['name', 'Network', 'added'],
      ['members', 'Hudson Middle School, Lincoln Elementary School', 'added'],
      ['settings.visible', 'true', 'added'],
      ['tags', 'a, b', 'added'],
    ]);
  });

  it('compares bare values', () => {
    expect(diffSnapshots(false, true)).toEqual([
      { field: 'value', before: 'false', after: 'true', kind: 'changed' },
    ]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });
});

describe('humanize', () => {
  it('turns field names into words', () => {
    expect(humanize('contactEmail')).toBe('Contact email');
    expect(humanize('title_i_status')).toBe('Title i status');
    expect(humanize('settings.visible')).toBe('Settings visible');
  });
});
