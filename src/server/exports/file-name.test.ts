import { describe, expect, it } from 'vitest';
import { fileNamePart } from './file-name';

describe('fileNamePart', () => {
  it('drops accents and joins words with single dashes', () => {
    expect(fileNamePart('École Saint-Jean 2026–27')).toBe('Ecole-Saint-Jean-2026-27');
    expect(fileNamePart('  Hudson / Middle: School  ')).toBe('Hudson-Middle-School');
  });

  it('is empty when nothing is left and never longer than 120 characters', () => {
    expect(fileNamePart('–––')).toBe('');
    expect(fileNamePart('a'.repeat(300))).toHaveLength(120);
  });
});
