import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachingQuestions, coachingSteps } from '../schemas/coaching-questions';
import { type FrameworkFile, type FrameworkSection, frameworkFile } from '../schemas/framework-format';
import { frameworkItemCount } from './item-count';
import { ratedItems, validateFramework } from './validate';

const dir = join(import.meta.dirname, '../../../frameworks');
const frameworkFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'coaching-questions.json');

function load(key: string): FrameworkFile {
  const file = join(dir, `${key}.json`);
  // Shape only: the cross-checks are asserted one by one below, so each failure says what it is about.
  return frameworkFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Sections at each depth: [top level, the level below, …]. */
function sectionsByDepth(framework: FrameworkFile): FrameworkSection[][] {
  const levels: FrameworkSection[][] = [];
  const walk = (sections: FrameworkSection[], depth: number) => {
    if (sections.length === 0) return;
    levels[depth] = [...(levels[depth] ?? []), ...sections];
    for (const s of sections) walk(s.sections, depth + 1);
  };
  walk(framework.sections, 0);
  return levels;
}

const allItems = (framework: FrameworkFile) =>
  sectionsByDepth(framework)
    .flat()
    .flatMap((s) => s.items);

type Expected = {
  key: string;
  levels: string[] | null;
  sections: number[];
  sectionKinds: string[];
  rated: number | 'indicators';
  codes?: string[];
};

const codes = (pattern: Record<string, number>, suffix: (n: number) => string) =>
  Object.entries(pattern).flatMap(([prefix, n]) =>
    Array.from({ length: n }, (_, i) => `${prefix}${suffix(i + 1)}`),
  );

const expected: Expected[] = [
  {
    key: 'lea-sustainability',
    levels: ['Inadequate', 'Emerging', 'Strong', 'Exemplary'],
    // The source's structure figure lists eight variables: 1.A–B, 2.A–B and 3.A–D.
    sections: [3, 8],
    sectionKinds: ['category', 'variable'],
    rated: 19,
  },
  {
    key: 'pm-turnaround',
    // The source gives no scale; the file states the one chosen for its indicators.
    levels: null,
    sections: [4, 11],
    sectionKinds: ['variable', 'element'],
    rated: 'indicators',
  },
  {
    key: 'four-domains-lea',
    levels: ['Consistently Low', 'Basic', 'Moderate', 'Consistently High'],
    sections: [4, 12],
    sectionKinds: ['domain', 'practice'],
    rated: 37,
    codes: codes(
      {
        '1a': 5,
        '1b': 3,
        '1c': 3,
        '2a': 3,
        '2b': 3,
        '2c': 3,
        '3a': 3,
        '3b': 3,
        '3c': 2,
        '4a': 3,
        '4b': 3,
        '4c': 3,
      },
      String,
    ),
  },
  {
    key: 'conditions-for-success',
    levels: ['Developing', 'Proficient', 'Exemplary (Proficient +)'],
    sections: [5],
    sectionKinds: ['area'],
    rated: 34,
  },
  {
    key: 'four-domains',
    levels: [],
    sections: [4],
    sectionKinds: ['domain'],
    rated: 0,
    codes: codes({ '1': 3, '2': 3, '3': 3, '4': 3 }, (n) => 'abc'[n - 1]),
  },
];

describe('shipped framework files', () => {
  it.each(frameworkFiles)('%s is a valid framework file whose key is its file name', (file) => {
    const result = validateFramework(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && `${result.framework.key}.json`).toBe(file);
  });

  describe.each(expected)('$key', (want) => {
    const framework = load(want.key);
    it('has the structure, scale and item count of its source', () => {
      const f = framework!;
      if (want.levels) expect(f.levels.map((l) => l.name)).toEqual(want.levels);
      else expect(f.levels.length).toBeGreaterThanOrEqual(2);
      const depths = sectionsByDepth(f);
      expect(depths.map((d) => d.length)).toEqual(want.sections);
      expect(depths.map((d) => [...new Set(d.map((s) => s.kind))])).toEqual(
        want.sectionKinds.map((k) => [k]),
      );
      const rated = ratedItems(f);
      if (want.rated === 'indicators') {
        // Indicators sit under the elements, and every one of them is rated.
        const elements = depths[1];
        expect(elements.every((e) => e.items.length > 0 && e.sections.length === 0)).toBe(true);
        expect(rated).toHaveLength(elements.reduce((n, e) => n + e.items.length, 0));
      } else {
        expect(rated).toHaveLength(want.rated);
      }
      if (want.codes) expect(allItems(f).map((i) => i.code)).toEqual(want.codes);
    });

    it('gives every rated item a descriptor for every level, or marks it illegible', () => {
      const f = framework!;
      const gaps = ratedItems(f).flatMap(({ item, path }) =>
        f.levels
          .filter((level) => !level.descriptor)
          .filter((level) => {
            const rows = item.descriptors[level.key] ?? [];
            return rows.length === 0 || !rows.every((r) => r.text !== null || r.note.length > 0);
          })
          .map((level) => `${path} (${item.code ?? item.key}): ${level.name}`),
      );
      expect(gaps).toEqual([]);
    });
  });

  it('four-domains-lea asks for evidence per element and reflection per domain', () => {
    const f = load('four-domains-lea')!;
    expect(ratedItems(f).every(({ item }) => item.evidencePrompt)).toBe(true);
    expect(f.sections.every((domain) => domain.reflectionPrompts.length > 0)).toBe(true);
  });

  it('four-domains is a taxonomy whose 12 practices count as its items', () => {
    const f = load('four-domains')!;
    expect(f.kind).toBe('taxonomy');
    expect(allItems(f).every((i) => !i.rated)).toBe(true);
    expect(frameworkItemCount(f)).toBe(12);
  });

  it('coaching-questions.json holds questions for every improvement-cycle step', () => {
    const file = coachingQuestions.parse(
      JSON.parse(readFileSync(join(dir, 'coaching-questions.json'), 'utf8')),
    );
    expect(file.steps.map((s) => s.step)).toEqual([...coachingSteps]);
    expect(file.source.license).toBe('CC BY 4.0');
  });
});
