import { describe, expect, it } from 'vitest';
import { frameworkFile } from '../../shared/schemas/framework-format';
import { buildComparison } from './comparison';
import { coverageOf } from './outcomes';
import { buildResults } from './results';

const descriptors = { low: [{ text: 'Low' }], mid: [{ text: 'Mid' }], high: [{ text: 'High' }] };
const framework = frameworkFile.parse({
  formatVersion: 1,
  key: 'tiny',
  title: 'Tiny rubric',
  source: { document: 'Tiny', license: 'CC BY 4.0', attribution: 'Tiny, 2026.' },
  levels: [
    { key: 'low', name: 'Low', value: 1 },
    { key: 'mid', name: 'Mid', value: 2 },
    { key: 'high', name: 'High', value: 3 },
  ],
  sections: [
    {
      key: 'a',
      title: 'Section A',
      reflectionPrompts: ['Strengths', 'Weaknesses'],
      sections: [
        { key: 'a1', title: 'Part A1', items: [{ key: 'x', code: 'A1x', title: 'X', descriptors }] },
      ],
      items: [{ key: 'y', title: 'Y', descriptors }],
    },
    { key: 'b', title: 'Section B', items: [{ key: 'z', title: 'Z', descriptors }] },
  ],
});

const ratings = [
  { itemKey: 'x', levelKey: 'low' },
  { itemKey: 'x', levelKey: 'high' },
  { itemKey: 'x', levelKey: 'mid' },
  { itemKey: 'y', levelKey: 'high' },
  { itemKey: 'y', levelKey: 'high' },
  { itemKey: 'y', levelKey: null },
  { itemKey: 'z', levelKey: 'low' },
  { itemKey: 'z', levelKey: 'mid' },
  { itemKey: 'gone', levelKey: 'mid' },
];
const consensus = [{ itemKey: 'x', levelKey: 'low', rationale: 'Evidence is thin' }];

describe('assessment results', () => {
  it('gives each item its consensus, distribution, rater count, disagreement and mean', () => {
    const results = buildResults(
      coverageOf(framework, null),
      { ratings, consensus, ratingsVisible: true },
      [],
    );
    expect(results.ratingsVisible).toBe(true);
    expect(results.items).toEqual([
      {
        key: 'y',
        code: null,
        title: 'Y',
        sectionKey: 'a',
        consensus: null,
        rationale: null,
        distribution: { low: 0, mid: 0, high: 2 },
        raterCount: 2,
        disagreement: false,
        mean: 3,
      },
      {
        key: 'x',
        code: 'A1x',
        title: 'X',
        sectionKey: 'a1',
        consensus: 'low',
        rationale: 'Evidence is thin',
        distribution: { low: 1, mid: 1, high: 1 },
        raterCount: 3,
        disagreement: true,
        mean: 2,
      },
      {
        key: 'z',
        code: null,
        title: 'Z',
        sectionKey: 'b',
        consensus: null,
        rationale: null,
        distribution: { low: 1, mid: 1, high: 0 },
        raterCount: 2,
        disagreement: false,
        mean: 1.5,
      },
    ]);
  });

  it('sums each section over everything inside it, with its prompts and answers', () => {
    const results = buildResults(coverageOf(framework, null), { ratings, consensus, ratingsVisible: true }, [
      { sectionKey: 'a', promptIndex: 1, response: 'Monitoring' },
    ]);
    expect(results.sections).toEqual([
      expect.objectContaining({
        key: 'a',
        path: [],
        depth: 0,
        average: 2,
        strengths: ['y'],
        challenges: ['x'],
        reflections: [
          { prompt: 'Strengths', response: '' },
          { prompt: 'Weaknesses', response: 'Monitoring' },
        ],
      }),
      expect.objectContaining({ key: 'a1', path: ['Section A'], depth: 1, average: 1, challenges: ['x'] }),
      expect.objectContaining({ key: 'b', average: 1.5, strengths: [], challenges: [], reflections: [] }),
    ]);
  });

  it('rests on the consensus alone while ratings are withheld', () => {
    const results = buildResults(
      coverageOf(framework, null),
      { ratings, consensus, ratingsVisible: false },
      [],
    );
    expect(results.ratingsVisible).toBe(false);
    expect(results.items.map((i) => [i.key, i.raterCount, i.mean, i.disagreement])).toEqual([
      ['y', 0, null, false],
      ['x', 0, null, false],
      ['z', 0, null, false],
    ]);
    expect(results.items.every((i) => Object.values(i.distribution).every((n) => n === 0))).toBe(true);
    expect(results.sections.map((s) => s.average)).toEqual([1, 1, null]);
  });

  it('covers only the chosen sections', () => {
    const results = buildResults(
      coverageOf(framework, ['a1']),
      { ratings, consensus, ratingsVisible: true },
      [],
    );
    expect(results.items.map((i) => i.key)).toEqual(['x']);
    expect(results.sections.map((s) => s.key)).toEqual(['a', 'a1']);
  });
});

describe('assessment comparison', () => {
  it('compares settled levels item by item and counts the changes', () => {
    const base = {
      coverage: coverageOf(framework, null),
      outcomes: { ratings, consensus, ratingsVisible: true },
    };
    const current = {
      coverage: coverageOf(framework, ['a']),
      outcomes: {
        ratings: [{ itemKey: 'y', levelKey: 'mid' }],
        consensus: [{ itemKey: 'x', levelKey: 'mid' }],
        ratingsVisible: true,
      },
    };
    const comparison = buildComparison(base, current);
    expect(comparison.items).toEqual([
      { key: 'y', code: null, title: 'Y', before: 'high', after: 'mid', change: 'declined' },
      { key: 'x', code: 'A1x', title: 'X', before: 'low', after: 'mid', change: 'improved' },
    ]);
    expect(comparison.summary).toEqual({ improved: 1, same: 0, declined: 1 });
    const hidden = buildComparison(base, {
      ...current,
      outcomes: { ...current.outcomes, ratingsVisible: false },
    });
    expect(hidden.items[0]).toMatchObject({ after: null, change: 'not-rated' });
  });
});
