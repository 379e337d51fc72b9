import { describe, expect, it } from 'vitest';
import { peopleOptions } from './peopleOptions';

const person = (id: string, organizationName: string, atPlanOrganization = false) => ({
  id,
  name: `Name ${id}`,
  organizationName,
  atPlanOrganization,
});

describe('peopleOptions', () => {
  it('groups people by organization, the plan’s own first and then upwards to the state', () => {
    const people = [
      person('s1', 'State'),
      person('d1', 'District'),
      person('d2', 'District'),
      person('p1', 'School', true),
    ];
    expect(peopleOptions(people, new Set())).toEqual([
      { group: 'School', items: [{ value: 'p1', label: 'Name p1' }] },
      {
        group: 'District',
        items: [
          { value: 'd1', label: 'Name d1' },
          { value: 'd2', label: 'Name d2' },
        ],
      },
      { group: 'State', items: [{ value: 's1', label: 'Name s1' }] },
    ]);
  });

  it('leaves out the people given, and groups left empty', () => {
    const people = [person('s1', 'State'), person('p1', 'School', true), person('p2', 'School', true)];
    expect(peopleOptions(people, new Set(['s1', 'p1']))).toEqual([
      { group: 'School', items: [{ value: 'p2', label: 'Name p2' }] },
    ]);
  });
});
