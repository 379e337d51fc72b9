import { describe, expect, it } from 'vitest';
import { pdfSafe } from './pdf-text';

describe('PDF text', () => {
  it('keeps Windows-1252 text, gives common symbols a stand-in and marks the rest', () => {
    expect(pdfSafe('Café – “quoted” 2026–27 ’s €5…')).toBe('Café – “quoted” 2026–27 ’s €5…');
    expect(pdfSafe('value ≥ 2 → next')).toBe('value >= 2 -> next');
    expect(pdfSafe('数学\tend')).toBe('?? end');
  });
});
