import { describe, expect, it } from 'vitest';
import type { MeasureView } from '../../../../shared/schemas/plan';
import { draftFromMeasure, hasControl, inputFromDraft, previewTarget, readNumber } from './measureDraft';

const years = [2026, 2027, 2028];

const measure: MeasureView = {
  id: 'm1',
  version: 3,
  number: '1',
  goalId: 'g1',
  strategyId: null,
  indicator: 'Students proficient in math',
  dataSource: 'State assessment',
  unit: '%',
  rows: [
    {
      label: null,
      baseline: 18,
      baselineAsOf: '2026-06-30',
      targets: [
        {
          year: 2027,
          kind: 'change',
          comparator: 'at_least',
          value: 4,
          yearLabel: '2027–28',
          computed: 22,
          text: '+4% (22%)',
        },
      ],
    },
  ],
};

describe('draftFromMeasure', () => {
  it('lays targets out one per plan year, empty where none is set', () => {
    const draft = draftFromMeasure(measure, years);
    expect(draft.rows[0]?.baseline).toBe('18');
    expect(draft.rows[0]?.targets.map((t) => t.value)).toEqual(['', '4', '']);
    expect(draft.rows[0]?.targets[1]?.kind).toBe('change');
  });

  it('starts a new measure with one empty row', () => {
    const draft = draftFromMeasure(undefined, years);
    expect(draft.rows).toHaveLength(1);
    expect(draft.rows[0]?.targets).toHaveLength(3);
  });
});

describe('inputFromDraft', () => {
  it('sends only the years with a value and maps API paths back to plan years', () => {
    const draft = draftFromMeasure(measure, years);
    draft.rows[0]!.targets[2] = { kind: 'absolute', comparator: 'at_most', value: '30' };
    const { input, notANumber, formKey } = inputFromDraft(draft, years, { goalId: 'g1' });
    expect(notANumber).toEqual([]);
    expect(input).toMatchObject({ goalId: 'g1' });
    expect(input.rows[0]?.targets).toEqual([
      { year: 2027, kind: 'change', comparator: 'at_least', value: 4 },
      { year: 2028, kind: 'absolute', comparator: 'at_most', value: 30 },
    ]);
    expect(formKey('rows.0.targets.1.year')).toBe('rows.0.targets.2028.year');
    expect(formKey('rows.0.targets.0')).toBe('rows.0.targets.2027.value');
    expect(formKey('indicator')).toBe('indicator');
  });

  it('reports text that is not a number', () => {
    const draft = draftFromMeasure(undefined, years);
    draft.rows[0]!.baseline = 'abc';
    draft.rows[0]!.targets[0]!.value = '5x';
    const { notANumber, input } = inputFromDraft(draft, years, { strategyId: 's1' });
    expect(notANumber).toEqual(['rows.0.baseline', 'rows.0.targets.2026.value']);
    expect(input).toMatchObject({ strategyId: 's1' });
  });
});

describe('previewTarget', () => {
  it('shows a level or a change with the level it works out to', () => {
    expect(previewTarget({ kind: 'absolute', comparator: 'at_least', value: '30' }, '18', '%')).toBe(
      'at least 30%',
    );
    expect(previewTarget({ kind: 'change', comparator: 'at_least', value: '4' }, '18', 'points')).toBe(
      '+4 points (22 points)',
    );
    expect(previewTarget({ kind: 'change', comparator: 'at_least', value: '-2' }, '', '')).toBe(
      '−2 (baseline needed)',
    );
    expect(previewTarget({ kind: 'absolute', comparator: 'exactly', value: '' }, '1', '')).toBeNull();
  });

  it('reads a typed minus sign', () => {
    expect(readNumber('−3.5')).toBe(-3.5);
    expect(readNumber(' 12 ')).toBe(12);
    expect(Number.isNaN(readNumber('1e5') as number)).toBe(true);
  });
});

describe('hasControl', () => {
  it('knows which messages sit beside a control', () => {
    expect(hasControl('rows.2.targets.2027.year')).toBe(true);
    expect(hasControl('indicator')).toBe(true);
    expect(hasControl('goalId')).toBe(false);
    expect(hasControl('rows')).toBe(false);
  });
});
