import { describe, expect, it } from 'vitest';
import { readOrganizationRows } from './organization-rows';

describe('readOrganizationRows', () => {
  it('maps snake_case columns in any case and order onto the organization fields', () => {
    const read = readOrganizationRows(
      'Kind,NAME,Zip Code,essa_status,Title_I_Status,contact_email,parent\n' +
        'School,  Maple Elementary ,02134,CSI,Schoolwide,Head@Example.org,Hudson\n',
    );
    expect(read.errors).toEqual([]);
    expect(read.total).toBe(1);
    expect(read.rows[0]).toMatchObject({
      row: 2,
      name: 'Maple Elementary',
      kind: 'school',
      parent: 'Hudson',
    });
    expect(read.rows[0].fields).toEqual({
      name: 'Maple Elementary',
      kind: 'school',
      zipCode: '02134',
      essaStatus: 'csi',
      titleIStatus: 'schoolwide',
      contactEmail: 'head@example.org',
    });
  });

  it('treats blank optional cells as empty and blank statuses as the default', () => {
    const read = readOrganizationRows('name,kind,code,phone,essa_status\nOak,district,,,\n');
    expect(read.rows[0].fields).toEqual({ name: 'Oak', kind: 'district', code: null, phone: null });
  });

  it('reports each bad cell by spreadsheet row and column name', () => {
    const read = readOrganizationRows(
      'name,kind,zip_code,essa_status,contact_email\n' +
        'Good,school,12345,none,\n' +
        ',state,1234,bad,not-an-email\n',
    );
    expect(read.rows.map((r) => r.fields === null)).toEqual([false, true]);
    expect(read.errors).toEqual([
      { row: 3, path: 'name', message: 'Required.' },
      { row: 3, path: 'kind', message: 'Use one of: district, school.' },
      { row: 3, path: 'zip_code', message: 'Enter a 5-digit ZIP code (or ZIP+4).' },
      { row: 3, path: 'contact_email', message: 'Enter an email address like name@example.org.' },
      { row: 3, path: 'essa_status', message: 'Use one of: csi, tsi, atsi, none.' },
    ]);
  });

  it('requires a kind on every row', () => {
    const read = readOrganizationRows('name,kind\nOak,\n');
    expect(read.errors).toEqual([{ row: 2, path: 'kind', message: 'Required.' }]);
  });

  it('reports missing, unknown and repeated columns on the header and reads no rows', () => {
    const read = readOrganizationRows('name,zipcode,name\nOak,12345,Oak\n');
    expect(read.rows).toEqual([]);
    expect(read.total).toBe(1);
    expect(read.errors.map((e) => [e.row, e.path])).toEqual([
      [1, 'header'],
      [1, 'header'],
      [1, 'header'],
    ]);
    expect(read.errors.map((e) => e.message).join(' ')).toMatch(
      /“zipcode”.*“name” appears more than once.*“kind”/,
    );
  });

  it('refuses a value outside the named columns, the sign of an unquoted comma', () => {
    const read = readOrganizationRows('name,kind\nSmith, Jones Academy,school\nTrailing,school,,\n');
    expect(read.errors).toEqual([
      {
        row: 2,
        path: 'file',
        message: expect.stringContaining('Put quotes around values that contain commas'),
      },
      { row: 2, path: 'kind', message: 'Use one of: district, school.' },
    ]);
    expect(read.rows[1].fields).not.toBeNull();
  });

  it('stops at the row limit before checking rows', () => {
    const read = readOrganizationRows('name,kind\nA,school\nB,school\nC,school\n', 2);
    expect(read.rows).toEqual([]);
    expect(read.errors).toEqual([
      { row: 1, path: 'file', message: 'The file has 3 rows; import at most 2 at a time by splitting it.' },
    ]);
  });

  it('says so when the file or its rows are missing', () => {
    expect(readOrganizationRows('').errors).toEqual([
      { row: 1, path: 'header', message: 'The file is empty.' },
    ]);
    expect(readOrganizationRows('name,kind\n\n').errors[0]).toMatchObject({ row: 1, path: 'file' });
  });
});
