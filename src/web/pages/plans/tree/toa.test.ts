import { describe, expect, it } from 'vitest';
import { clause, theoryOfAction } from './toa';

describe('theory of action', () => {
  it('drops trailing punctuation and blank parts', () => {
    expect(clause('  engage our teams in planning units, ')).toBe('engage our teams in planning units');
    expect(clause('students meet growth targets.')).toBe('students meet growth targets');
    expect(clause('   ')).toBeNull();
    expect(clause(null)).toBeNull();
  });

  it('keeps the written parts and reports none when nothing is written', () => {
    expect(theoryOfAction({ toaIf: 'plan units', toaThen: null, toaAnd: 'students grow.' })).toEqual({
      toaIf: 'plan units',
      toaThen: null,
      toaAnd: 'students grow',
    });
    expect(theoryOfAction({ toaIf: '', toaThen: ' ', toaAnd: null })).toBeNull();
  });
});
