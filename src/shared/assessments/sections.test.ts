import { describe, expect, it } from 'vitest';
import type { FrameworkSection } from '../schemas/framework-format';
import { allSectionKeys, chooseSections, flattenSections, progressOf, ratedItemsOf } from './sections';

const item = (key: string, rated = true) => ({
  key,
  title: `Item ${key}`,
  rated,
  questions: [],
  lookFors: [],
  descriptors: {},
});
const section = (key: string, items: string[], sections: FrameworkSection[] = []): FrameworkSection => ({
  key,
  title: `Section ${key}`,
  reflectionPrompts: [`Strengths in ${key}`],
  items: items.map((k) => item(k)),
  sections,
});

const tree = [
  section('1', ['1.0'], [section('1a', ['1a1', '1a2']), section('1b', ['1b1'])]),
  section('2', [], [section('2a', ['2a1'])]),
];

describe('chosen sections', () => {
  it('keeps the whole tree when nothing is chosen', () => {
    expect(chooseSections(tree, null)).toBe(tree);
  });

  it('keeps a chosen section whole and frames a nested choice in its parents without their own items', () => {
    const chosen = chooseSections(tree, ['1b', '2']);
    expect(chosen.map((s) => s.key)).toEqual(['1', '2']);
    expect(chosen[0].items).toEqual([]);
    expect(chosen[0].reflectionPrompts).toEqual(['Strengths in 1']);
    expect(chosen[0].sections.map((s) => s.key)).toEqual(['1b']);
    expect(chosen[1]).toBe(tree[1]);
    expect(ratedItemsOf(chosen).map((i) => i.item.key)).toEqual(['1b1', '2a1']);
  });

  it('drops everything when no chosen key matches', () => {
    expect(chooseSections(tree, ['9'])).toEqual([]);
  });
});

describe('walking the tree', () => {
  it('lists sections in document order with the sections above them', () => {
    expect(flattenSections(tree).map((e) => [e.section.key, e.path.map((p) => p.key)])).toEqual([
      ['1', []],
      ['1a', ['1']],
      ['1b', ['1']],
      ['2', []],
      ['2a', ['2']],
    ]);
    expect([...allSectionKeys(tree)]).toEqual(['1', '1a', '1b', '2', '2a']);
  });

  it('lists rated items with their own section and every section above', () => {
    const withUnrated = [{ ...tree[0], items: [item('1.0'), item('note', false)] }];
    expect(ratedItemsOf(withUnrated).map((i) => [i.item.key, i.sectionKey, i.sectionKeys])).toEqual([
      ['1.0', '1', ['1']],
      ['1a1', '1a', ['1', '1a']],
      ['1a2', '1a', ['1', '1a']],
      ['1b1', '1b', ['1', '1b']],
    ]);
  });

  it('counts progress only over the assessment’s own items', () => {
    expect(progressOf(['a', 'b', 'c'], ['a', 'c', 'elsewhere'])).toEqual({ rated: 2, total: 3 });
  });
});
