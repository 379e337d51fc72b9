import { describe, expect, it } from 'vitest';
import { type ExistingOrganization, planOrganizationImport } from './organization-plan';
import { readOrganizationRows } from './organization-rows';

const org = (
  id: string,
  kind: ExistingOrganization['kind'],
  name: string,
  parentId: string | null,
  extra: Partial<ExistingOrganization> = {},
): ExistingOrganization => ({ id, kind, name, parentId, code: null, archivedAt: null, ...extra });

const state = org('s', 'state', 'State Department', null);
const hudson = org('h', 'district', 'Hudson School District', 's', { code: 'HSD' });
const closed = org('c', 'district', 'Closed District', 's', { archivedAt: new Date() });
const maple = org('m', 'school', 'Maple Elementary', 'h', { code: 'M-1' });
const subtree = [state, hudson, closed, maple];

function plan(csv: string, context: Partial<Parameters<typeof planOrganizationImport>[1]> = {}) {
  const read = readOrganizationRows(csv);
  expect(read.errors).toEqual([]);
  return planOrganizationImport(read.rows, {
    root: state,
    subtree,
    codesElsewhere: new Set(),
    ...context,
  });
}

describe('planOrganizationImport', () => {
  it('places rows under existing organizations by code or name, and under earlier district rows', () => {
    const result = plan(
      'name,kind,parent,code\n' +
        'Oak District,district,,OAK\n' +
        'Oak High,school,oak,\n' +
        'Oak Middle,school,Oak District,\n' +
        'Pine Elementary,school,hsd,\n' +
        'Birch Elementary,school,hudson school district,\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.parent, r.status])).toEqual([
      [2, 'State Department', 'ok'],
      [3, 'Oak District', 'ok'],
      [4, 'Oak District', 'ok'],
      [5, 'Hudson School District', 'ok'],
      [6, 'Hudson School District', 'ok'],
    ]);
    expect(result.planned.map((p) => p.parent)).toEqual([
      { existing: state },
      { row: 2 },
      { row: 2 },
      { existing: hudson },
      { existing: hudson },
    ]);
  });

  it('refuses parents that are missing, outside the subtree, archived, later in the file or ambiguous', () => {
    const result = plan(
      'name,kind,parent\n' +
        'A,school,Nowhere\n' +
        'B,school,Closed District\n' +
        'C,school,Late District\n' +
        'Late District,district,\n' +
        'Twin,district,\n' +
        'E,school,Late District\n' +
        'D,school,Twin\n',
      { subtree: [...subtree, org('t', 'district', 'Twin', 's')] },
    );
    const byRow = Object.fromEntries(result.errors.map((e) => [e.row, `${e.path}: ${e.message}`]));
    expect(byRow[2]).toBe(
      'parent: No organization with the code or name “Nowhere” was found within State Department.',
    );
    expect(byRow[3]).toBe('parent: Closed District is archived; restore it or choose another parent.');
    expect(byRow[4]).toBe(
      'parent: “Late District” comes later in the file (row 5); list districts before their schools.',
    );
    expect(byRow[8]).toMatch(/^parent: More than one organization is named “Twin”/);
    expect(result.rows.filter((r) => r.status === 'ok').map((r) => r.row)).toEqual([5, 7]);
    expect(result.errors.find((e) => e.row === 6)).toMatchObject({ path: 'name' });
  });

  it('refuses kinds their parent cannot hold', () => {
    const result = plan('name,kind,parent\nA,school,\nB,district,HSD\nC,school,M-1\n');
    expect(result.errors).toEqual([
      { row: 2, path: 'kind', message: 'A state cannot contain a school.' },
      { row: 3, path: 'kind', message: 'A district cannot contain a district.' },
      { row: 4, path: 'kind', message: 'A school cannot contain a school.' },
    ]);
    expect(result.planned).toEqual([]);
  });

  it('refuses names already used under the same parent, in the tree or earlier in the file', () => {
    const result = plan(
      'name,kind,parent\n' +
        'maple elementary,school,HSD\n' +
        'Cedar,school,HSD\n' +
        'CEDAR,school,HSD\n' +
        'Closed District,district,\n',
    );
    expect(result.errors).toEqual([
      {
        row: 2,
        path: 'name',
        message: 'Hudson School District already has an organization named “Maple Elementary”.',
      },
      { row: 4, path: 'name', message: 'Row 3 already adds “CEDAR” under Hudson School District.' },
    ]);
  });

  it('refuses codes already used in the tree, elsewhere, or earlier in the file', () => {
    const result = plan(
      'name,kind,parent,code\nA,school,HSD,m-1\nB,school,HSD,X9\nC,school,HSD,Z1\nD,school,HSD,z1\n',
      { codesElsewhere: new Set(['x9']) },
    );
    expect(result.errors).toEqual([
      { row: 2, path: 'code', message: 'The code “m-1” is already used by Maple Elementary.' },
      { row: 3, path: 'code', message: 'The code “X9” is already used by another organization.' },
      { row: 5, path: 'code', message: 'Row 4 already uses the code “z1”.' },
    ]);
  });

  it('marks rows with bad cells as errors without planning them', () => {
    const read = readOrganizationRows('name,kind,zip_code\nA,school,abc\n');
    const result = planOrganizationImport(read.rows, { root: hudson, subtree, codesElsewhere: new Set() });
    expect(result.rows).toEqual([
      { row: 2, name: 'A', kind: 'school', parent: 'Hudson School District', status: 'error' },
    ]);
    expect(result.planned).toEqual([]);
  });
});
