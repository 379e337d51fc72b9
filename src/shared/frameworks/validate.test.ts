import { describe, expect, it } from 'vitest';
import { brokenFramework, brokenFrameworkIssues } from '../../../tests/support/frameworks';
import { validateFramework } from './validate';

describe('validateFramework', () => {
  it('reports shape problems and cross-check problems together, each with its path', () => {
    const result = validateFramework(brokenFramework());
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path).sort()).toEqual(brokenFrameworkIssues.map((i) => i.path).sort());
    const at = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(at('key')).toMatch(/lowercase/);
    expect(at('sections.0.items.0.descriptors.high')).toMatch(/Missing the descriptor for "High"/);
    expect(at('sections.0.items.1.key')).toMatch(/"a" is already used at sections\.0\.items\.0\.key/);
    expect(at('sections.0.items.1.descriptors.medium')).toMatch(/not a level/);
  });

  it('accepts the fixed file, and an illegible marker in place of a descriptor', () => {
    const file = brokenFramework();
    file.key = 'fixed';
    Object.assign(file, { title: 'Fixed' });
    const [first, second] = file.sections[0].items;
    Object.assign(first.descriptors, { high: [{ text: null, note: 'Illegible in the source.' }] });
    second.key = 'b';
    delete (second.descriptors as Record<string, unknown>).medium;
    expect(validateFramework(file)).toMatchObject({ ok: true, framework: { key: 'fixed', version: 1 } });
  });

  it('reads a file that is not even an object without throwing', () => {
    expect(validateFramework(null)).toMatchObject({ ok: false });
    expect(validateFramework({ sections: 'no' })).toMatchObject({ ok: false });
  });
});
