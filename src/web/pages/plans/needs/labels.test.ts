import { describe, expect, it } from 'vitest';
import { shorten } from './labels';

describe('shorten', () => {
  it('keeps short text and flattens its white space', () => {
    expect(shorten('Low  math\nscores')).toBe('Low math scores');
  });

  it('cuts long text at a word and marks the cut', () => {
    const text = 'Students are not learning and applying math concepts in seventh grade classrooms';
    const short = shorten(text, 40);
    expect(short).toBe('Students are not learning and applying…');
    expect(short.length).toBeLessThanOrEqual(40);
  });
});
