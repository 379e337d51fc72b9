import { readFileSync } from 'node:fs';
import { count, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents, organizations } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { limits } from '../../src/shared/limits';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

const header = 'name,kind,parent,code,city_county,zip_code,essa_status,title_i_status';
const pad = (n: number) => String(n).padStart(2, '0');

/** 40 districts, each followed by its 30 schools (codes are unique network-wide, hence the prefix): 1,240 data rows, spreadsheet rows 2 to 1241. */
function stateFile(codePrefix: string) {
  const lines = [header];
  for (let d = 1; d <= 40; d++) {
    lines.push(`District ${pad(d)},district,,${codePrefix}D${pad(d)},County ${pad(d)},10${pad(d)}0,,`);
    for (let s = 1; s <= 30; s++) {
      // Half the schools name their district by code, half by name.
      const parent = s % 2 ? `${codePrefix}D${pad(d)}` : `District ${pad(d)}`;
      lines.push(
        `School ${pad(d)}-${pad(s)},School,${parent},${codePrefix}S${pad(d)}${pad(s)},,10${pad(d)}1,none,Schoolwide`,
      );
    }
  }
  return lines;
}

describe.each(engines)('organization import API on %s', (engine) => {
  const h = useHarness(engine);

  async function signedIn(role: Role, organization: OrganizationRow) {
    const { person } = await makePerson(h.services, { role, organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  }
  const upload = (client: Awaited<ReturnType<typeof signedIn>>, id: string, mode: string, csv: string) =>
    client.request('POST', `/api/organizations/${id}/import?mode=${mode}`, csv, {
      'content-type': 'text/csv',
    });
  const below = async (org: OrganizationRow) => {
    const [row] = await h.services.database.db
      .select({ n: count() })
      .from(organizations)
      .where(like(organizations.path, `${org.path}_%`));
    return row.n;
  };

  it('previews a 1,240-row state file without writing, then commits it in one transaction', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const client = await signedIn('administrator', state);
    const csv = `${stateFile('A').join('\r\n')}\r\n`;

    const preview = await upload(client, state.id, 'preview', csv);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ mode: 'preview', total: 1240, valid: 1240, created: 0, errors: [] });
    expect(preview.body.rows[1]).toEqual({
      row: 3,
      name: 'School 01-01',
      kind: 'school',
      parent: 'District 01',
      status: 'ok',
    });
    expect(await below(state)).toBe(0);

    const commit = await upload(client, state.id, 'commit', csv);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({
      mode: 'commit',
      total: 1240,
      valid: 1240,
      created: 1240,
      errors: [],
    });
    expect(await below(state)).toBe(1240);

    const requestId = commit.headers.get('x-request-id')!;
    const events = await h.services.database.db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType, n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.requestId, requestId))
      .groupBy(auditEvents.action, auditEvents.entityType);
    expect(events).toEqual([{ action: 'create', entityType: 'organization', n: 1240 }]);

    const found = await client.get('/api/organizations?search=School 07-12');
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ kind: 'school', code: 'AS0712' });
    expect(found.body.items[0].trail.map((t: { name: string }) => t.name)).toEqual([
      state.name,
      'District 07',
    ]);
    const detail = await client.get(`/api/organizations/${found.body.items[0].id}`);
    expect(detail.body).toMatchObject({ zipCode: '10071', titleIStatus: 'schoolwide', essaStatus: 'none' });

    const again = await upload(client, state.id, 'preview', csv);
    expect(again.body.valid).toBe(0);
    expect(again.body.errors[0]).toEqual({
      row: 2,
      path: 'name',
      message: `${state.name} already has an organization named “District 01”.`,
    });
  });

  it('commits nothing when one row of 1,240 is bad, and names that row, column and reason', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const client = await signedIn('administrator', state);
    const lines = stateFile('B');
    // lines[0] is spreadsheet row 1, so row 900 is lines[899].
    expect(lines[899]).toMatch(/^School /);
    lines[899] = lines[899].replace(/,10\d{3},/, ',9999,');
    const res = await upload(client, state.id, 'commit', lines.join('\n'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { row: 900, path: 'zip_code', message: 'Enter a 5-digit ZIP code (or ZIP+4).' },
    ]);
    expect(res.body).toMatchObject({ mode: 'commit', total: 1240, valid: 1239, created: 0 });
    expect(res.body.rows[898]).toMatchObject({ row: 900, status: 'error' });
    expect(res.body.error).toBe('The file has 1 problem; nothing was imported.');
    expect(res.body.issues).toEqual([
      { path: 'zip_code', message: 'Row 900: Enter a 5-digit ZIP code (or ZIP+4).' },
    ]);
    expect(await below(state)).toBe(0);
  });

  it('reports every kind of problem against the tree and the file, row by row', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state, name: 'Hudson' });
    await makeOrganization(h.services, { kind: 'school', parent: district, name: 'Maple' });
    const elsewhere = await makeOrganization(h.services, { kind: 'district', name: 'Far Away' });
    await h.services.database.db
      .update(organizations)
      .set({ code: 'TAKEN' })
      .where(eq(organizations.id, elsewhere.id));
    const client = await signedIn('administrator', district);
    const csv = [
      'name,kind,parent,code',
      'Oak,school,,O1',
      'Pine,charter,,',
      'Elm,district,,',
      'Birch,school,Far Away,',
      'maple,school,,',
      'Oak,school,Hudson,',
      'Ash,school,,o1',
      'Fir,school,,taken',
    ].join('\n');
    const res = await upload(client, district.id, 'preview', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 8, valid: 1, created: 0 });
    expect(res.body.errors).toEqual([
      { row: 3, path: 'kind', message: 'Use one of: district, school.' },
      { row: 4, path: 'kind', message: 'A district cannot contain a district.' },
      {
        row: 5,
        path: 'parent',
        message: 'No organization with the code or name “Far Away” was found within Hudson.',
      },
      { row: 6, path: 'name', message: 'Hudson already has an organization named “Maple”.' },
      { row: 7, path: 'name', message: 'Row 2 already adds “Oak” under Hudson.' },
      { row: 8, path: 'code', message: 'Row 2 already uses the code “o1”.' },
      { row: 9, path: 'code', message: 'The code “taken” is already used by another organization.' },
    ]);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['ok', ...Array(7).fill('error')]);
    const commit = await upload(client, district.id, 'commit', csv);
    expect(commit.status).toBe(400);
    expect(commit.body.errors).toEqual(res.body.errors);
    expect(await below(district)).toBe(1);
  });

  it('imports a district’s schools from a file without a parent column', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const client = await signedIn('administrator', district);
    const res = await upload(
      client,
      district.id,
      'commit',
      'Name,Kind,Phone\nNorth,school,555-0100\nSouth,school,\n',
    );
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);
    expect(res.body.rows.map((r: { parent: string }) => r.parent)).toEqual([district.name, district.name]);
  });

  it('rejects a file with missing columns or too many rows before reading its rows', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const client = await signedIn('administrator', district);
    const noKind = await upload(client, district.id, 'preview', 'name,parent\nNorth,\n');
    expect(noKind.body.errors).toEqual([
      { row: 1, path: 'header', message: 'The header row must include a “kind” column.' },
    ]);
    const rows = Array.from({ length: limits.importRowsMax + 1 }, (_, i) => `S${i},school`);
    const big = await upload(client, district.id, 'commit', ['name,kind', ...rows].join('\n'));
    expect(big.status).toBe(400);
    expect(big.body.errors).toEqual([
      {
        row: 1,
        path: 'file',
        message: `The file has ${limits.importRowsMax + 1} rows; import at most ${limits.importRowsMax} at a time by splitting it.`,
      },
    ]);
    expect(await below(district)).toBe(0);
  });

  it('needs createChild on the importing organization and a text/csv body', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const csv = 'name,kind\nNorth,school\n';
    const leader = await signedIn('leader', district);
    expect((await upload(leader, district.id, 'preview', csv)).status).toBe(403);
    const sibling = await makeOrganization(h.services, { kind: 'district' });
    const outsider = await signedIn('administrator', sibling);
    expect((await upload(outsider, district.id, 'commit', csv)).status).toBe(404);
    const admin = await signedIn('administrator', district);
    const asJson = await admin.post(`/api/organizations/${district.id}/import?mode=preview`, { csv });
    expect(asJson.status).toBe(415);
    const badMode = await upload(admin, district.id, 'apply', csv);
    expect(badMode.status).toBe(400);
    expect(badMode.body.issues[0].path).toBe('mode');
    expect(await below(district)).toBe(0);
  });

  it('previews the documented example file cleanly against the demo network', async () => {
    const byKey = await runInSystemTransaction(h.services, seedDemo);
    const client = h.client();
    expect((await client.login('state.admin@example.org')).status).toBe(200);
    const csv = readFileSync(new URL('../../docs/examples/organizations.csv', import.meta.url), 'utf8');
    const res = await upload(client, byKey.get('state')!.id, 'preview', csv);
    expect(res.body).toMatchObject({ total: 9, valid: 9, errors: [] });
    expect(res.body.rows.at(-1)).toMatchObject({
      name: 'Quarry Elementary School',
      parent: 'Riverside School District',
    });
  });
});
