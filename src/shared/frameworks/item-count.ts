import type { FrameworkFile, FrameworkSection } from '../schemas/framework-format';
import { ratedItems } from './validate';

/** What a framework's `itemCount` means: its rated items, or every item of a taxonomy (nothing there is rated). */
export function frameworkItemCount(framework: Pick<FrameworkFile, 'kind' | 'sections'>): number {
  if (framework.kind !== 'taxonomy') return ratedItems(framework).length;
  const count = (sections: FrameworkSection[]): number =>
    sections.reduce((n, s) => n + s.items.length + count(s.sections), 0);
  return count(framework.sections);
}
