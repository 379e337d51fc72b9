import { describe, expect, it } from 'vitest';
import type { ApiError } from '../http/errors';
import { requireDecision, today } from './decision';

const now = new Date(2026, 10, 5, 9, 30);

describe('adjustment decisions', () => {
  it('keeps the decision, trimmed, and dates it today when no day is given', () => {
    expect(
      requireDecision({ cause: ' Late hiring ', evidence: 'Two status reports', decidedBy: 'Team' }, now),
    ).toEqual({
      cause: 'Late hiring',
      evidence: 'Two status reports',
      decidedBy: 'Team',
      decidedOn: '2026-11-05',
    });
    expect(
      requireDecision({ cause: 'c', evidence: 'e', decidedBy: 'd', decidedOn: '2026-10-30' }, now).decidedOn,
    ).toBe('2026-10-30');
  });

  it('names every missing field', () => {
    try {
      requireDecision({ cause: null, evidence: '  ', decidedBy: 'Team' }, now);
      expect.unreachable();
    } catch (e) {
      const error = e as ApiError;
      expect(error.status).toBe(400);
      expect(error.issues.map((i) => i.path)).toEqual(['cause', 'evidence']);
    }
  });

  it('writes today in the server’s own calendar', () => {
    expect(today(new Date(2027, 0, 9, 23, 59))).toBe('2027-01-09');
  });
});
