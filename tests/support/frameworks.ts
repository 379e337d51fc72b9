/**
 * A small framework file with one of each common mistake, used to show that validation reports every problem
 * with its path in one answer.
 */
export function brokenFramework() {
  return {
    formatVersion: 1,
    key: 'Bad Key!',
    source: { document: 'Example', license: 'CC BY 4.0', attribution: 'Example attribution' },
    levels: [
      { key: 'low', name: 'Low' },
      { key: 'high', name: 'High' },
    ],
    sections: [
      {
        key: 's1',
        title: 'Section one',
        items: [
          { key: 'a', title: 'Item A', descriptors: { low: [{ text: 'Rarely' }] } },
          {
            key: 'a',
            title: 'Item A again',
            descriptors: {
              low: [{ text: 'Rarely' }],
              high: [{ text: 'Always' }],
              medium: [{ text: 'Sometimes' }],
            },
          },
        ],
      },
    ],
  };
}

/** The problems `brokenFramework()` has, as `validateFramework` reports them (paths within the file). */
export const brokenFrameworkIssues = [
  { path: 'key', problem: 'bad key characters' },
  { path: 'title', problem: 'missing title' },
  { path: 'sections.0.items.0.descriptors.high', problem: 'missing level descriptor' },
  { path: 'sections.0.items.1.key', problem: 'duplicate item key' },
  { path: 'sections.0.items.1.descriptors.medium', problem: 'unknown level key' },
];

/** A small valid rubric: two sections, three rated items, a three-level scale. */
export function minimalFramework(key: string, version = 1) {
  const descriptors = {
    low: [{ text: 'Rarely in place.' }],
    mid: [{ text: 'Sometimes in place.' }],
    high: [{ text: 'Always in place.' }],
  };
  return {
    formatVersion: 1,
    key,
    version,
    title: `Rubric ${key}`,
    source: { document: 'Local rubric', license: 'CC BY 4.0', attribution: 'Written by the district team.' },
    levels: [
      { key: 'low', name: 'Low', value: 1 },
      { key: 'mid', name: 'Middle', value: 2 },
      { key: 'high', name: 'High', value: 3 },
    ],
    sections: [
      {
        key: 'one',
        title: 'Section one',
        reflectionPrompts: ['Strengths?'],
        items: [
          { key: 'one.a', code: '1a', title: 'First item', descriptors },
          { key: 'one.b', code: '1b', title: 'Second item', descriptors },
        ],
      },
      {
        key: 'two',
        title: 'Section two',
        items: [{ key: 'two.a', code: '2a', title: 'Third item', descriptors }],
      },
    ],
  };
}
