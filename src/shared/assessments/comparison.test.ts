import { describe, expect, it } from 'vitest';
import { changeOf, summarizeChanges, trendOf } from './comparison';
import { scaleOf } from './scale';

const scale = scaleOf([
  { key: 'inadequate', name: 'Inadequate', value: 1 },
  { key: 'emerging', name: 'Emerging', value: 2 },
  { key: 'strong', name: 'Strong', value: 3 },
]);

describe('comparison', () => {
  it('reads improved, same and declined from the places on the scale', () => {
    expect(changeOf('inadequate', 'strong', scale)).toBe('improved');
    expect(changeOf('emerging', 'emerging', scale)).toBe('same');
    expect(changeOf('strong', 'emerging', scale)).toBe('declined');
  });

  it('calls an item not rated when either side has no level or a level the scale no longer has', () => {
    expect(changeOf(null, 'strong', scale)).toBe('not-rated');
    expect(changeOf('strong', null, scale)).toBe('not-rated');
    expect(changeOf('retired-level', 'strong', scale)).toBe('not-rated');
  });

  it('summarizes the changes and names the overall trend', () => {
    const summary = summarizeChanges(['improved', 'improved', 'same', 'declined', 'not-rated']);
    expect(summary).toEqual({ improved: 2, same: 1, declined: 1 });
    expect(trendOf(summary)).toBe('improved');
    expect(trendOf({ improved: 1, declined: 3 })).toBe('declined');
    expect(trendOf({ improved: 2, declined: 2 })).toBe('same');
  });
});
