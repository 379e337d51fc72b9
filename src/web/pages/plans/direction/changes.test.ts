import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

describe('changedFields', () => {
  it('keeps only the fields that changed, comparing nested values by content', () => {
    expect(
      changedFields(
        { statement: 'Read', explanation: 'Why', rows: [{ a: 1 }] },
        { statement: 'Read well', explanation: 'Why', rows: [{ a: 1 }] },
      ),
    ).toEqual({ statement: 'Read well' });
    expect(changedFields({ rows: [{ a: 1 }] }, { rows: [{ a: 2 }] })).toEqual({ rows: [{ a: 2 }] });
    expect(changedFields({ a: 'x' }, { a: 'x' })).toEqual({});
  });
});
