import { describe, expect, it } from 'vitest';
import { practiceSummary } from './summary';

describe('supports by practice', () => {
  it('counts open and provided supports and averages the ratings given', () => {
    expect(
      practiceSummary([
        { practiceCode: '3c', status: 'closed', effectivenessRating: 4 },
        { practiceCode: null, status: 'declined', effectivenessRating: null },
        { practiceCode: '3c', status: 'closed', effectivenessRating: 5 },
        { practiceCode: '1a', status: 'requested', effectivenessRating: null },
        { practiceCode: '3c', status: 'accepted', effectivenessRating: null },
        { practiceCode: '3c', status: 'closed', effectivenessRating: 4 },
      ]),
    ).toEqual([
      { code: '1a', total: 1, open: 1, provided: 0, averageRating: null },
      { code: '3c', total: 4, open: 1, provided: 3, averageRating: 4.3 },
      { code: null, total: 1, open: 0, provided: 0, averageRating: null },
    ]);
  });
});
