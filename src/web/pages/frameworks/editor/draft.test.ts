import { describe, expect, it } from 'vitest';
import type { FrameworkFile } from '../../../../shared/schemas/framework-format';
import {
  countBelow,
  edit,
  locate,
  move,
  newItem,
  newSection,
  pathPrefix,
  removeLevel,
  renameLevelKey,
  sectionAt,
  uniqueKey,
} from './draft';

const framework: FrameworkFile = {
  formatVersion: 1,
  key: 'demo',
  version: 1,
  title: 'Demo',
  kind: 'rubric',
  source: { document: 'Doc', license: 'CC BY 4.0', attribution: 'Someone' },
  levels: [
    { key: 'low', name: 'Low' },
    { key: 'high', name: 'High' },
  ],
  sections: [
    {
      ...newSection('a', 'A'),
      sections: [
        {
          ...newSection('a1', 'A1'),
          items: [{ ...newItem('x', 'X'), descriptors: { low: [{ text: 'l' }], high: [{ text: 'h' }] } }],
        },
      ],
    },
    newSection('b', 'B'),
  ],
};

describe('the framework draft', () => {
  it('maps issue paths from the API and the client to the node and field they name', () => {
    expect(locate('definition.sections.0.sections.0.items.0.descriptors.high')).toEqual({
      selection: { kind: 'item', path: [0, 0], index: 0 },
      field: 'descriptors.high',
    });
    expect(locate('sections.1.title')).toEqual({ selection: { kind: 'section', path: [1] }, field: 'title' });
    expect(locate('definition.levels.1.key')).toEqual({ selection: { kind: 'levels' }, field: '1.key' });
    expect(locate('definition.key')).toEqual({ selection: { kind: 'details' }, field: 'key' });
    expect(locate('sections')).toEqual({ selection: { kind: 'details' }, field: 'sections' });
  });

  it('builds the same prefixes back from a selection', () => {
    expect(pathPrefix({ kind: 'item', path: [0, 0], index: 0 })).toBe('sections.0.sections.0.items.0.');
    expect(pathPrefix({ kind: 'section', path: [1] })).toBe('sections.1.');
  });

  it('renames a level key in every item and removes a level with its descriptors', () => {
    const renamed = renameLevelKey(framework, 'high', 'top');
    expect(renamed.levels.map((l) => l.key)).toEqual(['low', 'top']);
    expect(Object.keys(sectionAt(renamed, [0, 0]).items[0].descriptors)).toEqual(['low', 'top']);
    expect(Object.keys(sectionAt(framework, [0, 0]).items[0].descriptors)).toEqual(['low', 'high']);
    const removed = removeLevel(renamed, 0);
    expect(Object.keys(sectionAt(removed, [0, 0]).items[0].descriptors)).toEqual(['top']);
  });

  it('moves within bounds only, and finds unused keys', () => {
    const moved = edit(framework, (draft) => {
      expect(move(draft.sections, 0, -1)).toBe(false);
      expect(move(draft.sections, 0, 1)).toBe(true);
    });
    expect(moved.sections.map((s) => s.key)).toEqual(['b', 'a']);
    expect(uniqueKey(framework, 'a')).toBe('a-1');
    expect(uniqueKey({ ...framework, sections: [newSection('s-1', 'S')] }, 's')).toBe('s-2');
    expect(countBelow(framework.sections[0])).toEqual({ sections: 1, items: 1 });
  });
});
