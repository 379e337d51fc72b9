import { describe, expect, it } from 'vitest';
import {
  distributionOf,
  hasDisagreement,
  itemScore,
  meanValue,
  medianRank,
  sectionFigures,
  settledLevel,
  standing,
} from './results';
import { bandSize, scaleOf } from './scale';

const four = scaleOf([
  { key: 'low', name: 'Consistently Low', value: 1 },
  { key: 'basic', name: 'Basic', value: 2 },
  { key: 'moderate', name: 'Moderate', value: 3 },
  { key: 'high', name: 'Consistently High', value: 4 },
]);
const unvalued = scaleOf([
  { key: 'dev', name: 'Developing' },
  { key: 'pro', name: 'Proficient' },
  { key: 'exe', name: 'Exemplary' },
]);

describe('rating distribution', () => {
  it('counts every level, including empty ones, and ignores blanks and unknown levels', () => {
    expect(distributionOf(['basic', 'basic', null, 'high', 'gone'], four)).toEqual({
      low: 0,
      basic: 2,
      moderate: 0,
      high: 1,
    });
  });
});

describe('disagreement', () => {
  it('is raised when ratings lie two or more levels apart', () => {
    expect(hasDisagreement(['low', 'moderate'], four)).toBe(true);
    expect(hasDisagreement(['basic', 'moderate', 'high'], four)).toBe(true);
    expect(hasDisagreement(['low', 'high'], four)).toBe(true);
  });

  it('is not raised for neighbouring levels, a single rating or none', () => {
    expect(hasDisagreement(['basic', 'moderate', 'moderate', 'basic'], four)).toBe(false);
    expect(hasDisagreement(['low'], four)).toBe(false);
    expect(hasDisagreement([null, null], four)).toBe(false);
    expect(hasDisagreement([], four)).toBe(false);
  });

  it('uses places on the scale when levels carry no values', () => {
    expect(hasDisagreement(['dev', 'exe'], unvalued)).toBe(true);
    expect(hasDisagreement(['dev', 'pro'], unvalued)).toBe(false);
  });
});

describe('means and medians', () => {
  it('averages level values and rounds to two places', () => {
    expect(meanValue(['low', 'basic', 'basic'], four)).toBe(1.67);
    expect(meanValue([null], four)).toBeNull();
    expect(meanValue(['dev', 'exe'], unvalued)).toBe(2);
  });

  it('takes the middle rank, halfway between the two middle ones for an even count', () => {
    expect(medianRank(['high', 'low', 'basic'], four)).toBe(2);
    expect(medianRank(['high', 'low', 'basic', 'moderate'], four)).toBe(2.5);
    expect(medianRank([], four)).toBeNull();
  });
});

describe('settled level and score', () => {
  it('prefers the consensus over the ratings', () => {
    const item = { consensus: 'high', ratings: ['low', 'low'] };
    expect(settledLevel(item, four)).toBe('high');
    expect(itemScore(item, four)).toBe(4);
  });

  it('falls back to the median level (lower of a split) and the mean of ratings', () => {
    const item = { consensus: null, ratings: ['basic', 'moderate'] };
    expect(settledLevel(item, four)).toBe('basic');
    expect(itemScore(item, four)).toBe(2.5);
    expect(settledLevel({ consensus: null, ratings: [] }, four)).toBeNull();
    expect(itemScore({ consensus: null, ratings: [] }, four)).toBeNull();
  });
});

describe('strengths and challenges', () => {
  it('uses one level at each end on short scales and more on long ones', () => {
    expect([2, 3, 4, 5, 6, 9].map(bandSize)).toEqual([1, 1, 1, 1, 2, 3]);
  });

  it('places items in the top level as strengths and the bottom level as challenges', () => {
    expect(standing({ consensus: 'high', ratings: [] }, four)).toBe('strength');
    expect(standing({ consensus: 'low', ratings: ['high'] }, four)).toBe('challenge');
    expect(standing({ consensus: 'moderate', ratings: [] }, four)).toBeNull();
    expect(standing({ consensus: null, ratings: ['high', 'high', 'moderate'] }, four)).toBe('strength');
    expect(standing({ consensus: null, ratings: ['moderate', 'high'] }, four)).toBeNull();
    expect(standing({ consensus: null, ratings: ['low', 'basic'] }, four)).toBeNull();
    expect(standing({ consensus: null, ratings: [] }, four)).toBeNull();
  });

  it('sums a section from its items: average of scores, strengths and challenges in order', () => {
    const figures = sectionFigures(
      [
        { key: 'a', consensus: 'high', ratings: [] },
        { key: 'b', consensus: null, ratings: ['low', 'basic', 'low'] },
        { key: 'c', consensus: 'low', ratings: [] },
        { key: 'd', consensus: null, ratings: [] },
      ],
      four,
    );
    expect(figures).toEqual({ average: 2.11, strengths: ['a'], challenges: ['b', 'c'] });
    expect(sectionFigures([{ key: 'x', consensus: null, ratings: [] }], four).average).toBeNull();
  });
});
