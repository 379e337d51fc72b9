import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, observationImports, observations } from '../../src/server/db/schema';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import {
  csv,
  importForm,
  makeMetric,
  observationCount,
  postForm,
  setCode,
} from '../support/performance-factories';
import { type PlanScenario, planScenario } from '../support/plan-factories';

const grades = ['Grade 6', 'Grade 7', 'Grade 8'];

describe.each(engines)('observation import API on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  let read: { id: string };
  beforeAll(async () => {
    s = await planScenario(h);
    s.district = await setCode(h.services, s.district, 'D100');
    s.school = await setCode(h.services, s.school, 'S101');
    s.sibling = await setCode(h.services, s.sibling, 'S102');
    read = await makeMetric(h.services, s.district, { code: 'READ', name: 'Reading benchmark proficiency' });
    await makeMetric(h.services, s.district, { code: 'MATH', name: 'Math benchmark proficiency' });
  });
  const preview = (id: string) => `/api/organizations/${id}/observation-imports/preview`;
  const commit = (id: string) => `/api/organizations/${id}/observation-imports`;
  const mapping = { metric: 'Metric Code', period: 'Quarter', value: 'Percent', breakdown: 'Grade' };

  it('previews a file: its columns, a suggested mapping, the first rows, then counts with a mapping', async () => {
    const file = csv([
      ['Metric Code', 'Quarter', 'Grade', 'Percent', 'Notes'],
      ['READ', '2026-Q1', 'Grade 6', '41.5', ''],
      ['READ', '2026-Q1', 'Grade 7', '38', 'Two classes retested'],
    ]);
    const bare = await postForm(
      h,
      s.clients.team,
      preview(s.school.id),
      importForm({ name: 'q1.csv', content: file }),
    );
    expect(bare.status).toBe(200);
    expect(bare.body).toMatchObject({
      fileName: 'q1.csv',
      columns: ['Metric Code', 'Quarter', 'Grade', 'Percent', 'Notes'],
      suggestedMapping: { ...mapping, note: 'Notes' },
      rowCount: 2,
      valid: 0,
      errorCount: 0,
    });
    expect(bare.body.sample[1]).toEqual({
      'Metric Code': 'READ',
      Quarter: '2026-Q1',
      Grade: 'Grade 7',
      Percent: '38',
      Notes: 'Two classes retested',
    });

    await s.clients.team.post(`/api/organizations/${s.school.id}/observations`, {
      items: [{ metricCode: 'READ', period: '2026-Q1', breakdown: 'Grade 7', value: 30 }],
    });
    const mapped = await postForm(
      h,
      s.clients.team,
      preview(s.school.id),
      importForm({ name: 'q1.csv', content: file }, mapping),
    );
    expect(mapped.body).toMatchObject({ valid: 2, replacing: 1, errors: [], errorCount: 0 });
  });

  it('refuses a mapping that names columns the file does not have, naming the mapping field', async () => {
    const file = csv([
      ['code', 'when', 'score'],
      ['READ', '2026', '40'],
    ]);
    const res = await postForm(
      h,
      s.clients.team,
      commit(s.school.id),
      importForm({ name: 'wrong.csv', content: file }, { metric: 'code', period: 'period', value: 'value' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([
      { path: 'mapping.period', message: 'The file has no column "period".' },
      { path: 'mapping.value', message: 'The file has no column "value".' },
    ]);
    // Without a mapping, the guess cannot find a period: the same field is named.
    const guessed = await postForm(
      h,
      s.clients.team,
      commit(s.school.id),
      importForm({ name: 'wrong.csv', content: file }),
    );
    expect(guessed.status).toBe(400);
    expect(guessed.body.issues.map((i: any) => i.path)).toEqual(['mapping.period']);
    const badJson = new FormData();
    badJson.append('file', new Blob([file]), 'wrong.csv');
    badJson.append('mapping', '{nope');
    expect((await postForm(h, s.clients.team, preview(s.school.id), badJson)).body.issues).toEqual([
      { path: 'mapping', message: 'Not valid JSON.' },
    ]);
    const noFile = new FormData();
    noFile.append('mapping', '{}');
    const missing = await postForm(h, s.clients.team, preview(s.school.id), noFile);
    expect(missing.status).toBe(400);
    expect(missing.body.issues.map((i: any) => i.path)).toEqual(['file']);
  });

  it('reports the one bad row of a 6,000-row file exactly, and changes nothing', async () => {
    const rows: (string | number)[][] = [['Metric Code', 'Quarter', 'Grade', 'Percent']];
    // 2 metrics × 1,000 quarters × 3 grades = 6,000 data rows, spreadsheet rows 2 to 6001. Years long past
    // keep these points apart from the other tests' values.
    for (let i = 0; i < 1000; i++) {
      const period = `${1500 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      for (const metric of ['READ', 'MATH']) {
        for (const grade of grades) rows.push([metric, period, grade, (i % 100) + 0.5]);
      }
    }
    rows[4999][3] = 'forty';
    const file = () => ({ name: 'history.csv', content: csv(rows) });
    const before = await observationCount(h.services, [s.school.id]);

    const checked = await postForm(h, s.clients.team, preview(s.school.id), importForm(file(), mapping));
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ rowCount: 6000, valid: 5999, errorCount: 1 });
    expect(checked.body.errors).toEqual([
      { row: 5000, column: 'Percent', message: '"forty" is not a number.' },
    ]);

    const refused = await postForm(h, s.clients.team, commit(s.school.id), importForm(file(), mapping));
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { row: 5000, column: 'Percent', message: '"forty" is not a number.' },
    ]);
    expect(refused.body.errorCount).toBe(1);
    expect(refused.body.issues[0].message).toBe('Row 5000, Percent: "forty" is not a number.');
    expect(await observationCount(h.services, [s.school.id])).toBe(before);
    const [record] = await h.services.database.db
      .select()
      .from(observationImports)
      .where(eq(observationImports.fileName, 'history.csv'));
    expect(record).toMatchObject({ status: 'failed', rowCount: 6000, errorCount: 1 });

    rows[4999][3] = 40;
    const done = await postForm(h, s.clients.team, commit(s.school.id), importForm(file(), mapping));
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ fileName: 'history.csv', rowCount: 6000, created: 6000, replaced: 0 });
    expect(await observationCount(h.services, [s.school.id])).toBe(before + 6000);
    const audits = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, done.body.id));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityType: 'observation_import', action: 'commit' });
    expect(audits[0].after).toMatchObject({ rowCount: 6000, created: 6000, replaced: 0 });

    // The same file again replaces every value.
    const again = await postForm(h, s.clients.team, commit(s.school.id), importForm(file(), mapping));
    expect(again.body).toMatchObject({ created: 0, replaced: 6000 });
    const [sample] = await h.services.database.db
      .select()
      .from(observations)
      .where(eq(observations.importId, again.body.id))
      .limit(1);
    expect(sample.source).toBe('import');
  });

  it('imports an Excel workbook, reading numbers, dates and text cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Benchmarks');
    sheet.addRow(['Metric', 'Period', 'Grade', 'Value']);
    sheet.addRow(['MATH', 2026, 'Grade 6', 51.25]);
    sheet.addRow(['MATH', '2026-Q2', 'Grade 6', 53]);
    // A month typed as a date, as spreadsheets store it.
    sheet.addRow(['MATH', new Date(Date.UTC(2026, 10, 1)), 'Grade 6', { formula: '50+4', result: 54 }]);
    sheet.addRow([]);
    sheet.addRow(['MATH', '2027-Q1', 'Grade 6', 'n/a']);
    const content = new Uint8Array(await book.xlsx.writeBuffer());
    const map = { metric: 'Metric', period: 'Period', value: 'Value', breakdown: 'Grade' };

    const checked = await postForm(
      h,
      s.clients.lead,
      preview(s.school.id),
      importForm({ name: 'math.xlsx', content }, map),
    );
    expect(checked.status).toBe(200);
    expect(checked.body.columns).toEqual(['Metric', 'Period', 'Grade', 'Value']);
    expect(checked.body.errors).toEqual([{ row: 6, column: 'Value', message: '"n/a" is not a number.' }]);

    sheet.getRow(6).getCell(4).value = 55;
    const fixed = new Uint8Array(await book.xlsx.writeBuffer());
    const done = await postForm(
      h,
      s.clients.lead,
      commit(s.school.id),
      importForm({ name: 'math.xlsx', content: fixed }, map),
    );
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ rowCount: 4, created: 4 });
    const metricId = (await s.clients.lead.get(`/api/organizations/${s.school.id}/metrics`)).body.items.find(
      (m: any) => m.code === 'MATH',
    ).id;
    const list = await s.clients.lead.get(
      `/api/organizations/${s.school.id}/observations?metricId=${metricId}`,
    );
    const byPeriod = Object.fromEntries(
      list.body.items.filter((o: any) => o.period >= '2026').map((o: any) => [o.period, o.value]),
    );
    expect(byPeriod).toMatchObject({ '2026': 51.25, '2026-Q2': 53, '2026-11': 54, '2027-Q1': 55 });
  });

  it('lets a district import for its schools by code, and nothing for a school outside it', async () => {
    // A team member of the district itself: the district's leaders and team members write its data.
    const { person } = await makePerson(h.services, { role: 'team_member', organization: s.district });
    const districtTeam = h.client();
    await districtTeam.login(person.email);
    const file = (school: string) =>
      csv([
        ['school_code', 'metric_code', 'period', 'grade', 'value'],
        ['S101', 'READ', '2027-Q1', 'Grade 7', '47'],
        [school, 'READ', '2027-Q1', 'Grade 7', '52'],
        ['', 'READ', '2027-Q1', '', '49'],
      ]);
    const map = {
      organization: 'school_code',
      metric: 'metric_code',
      period: 'period',
      value: 'value',
      breakdown: 'grade',
    };
    const outsider = await postForm(
      h,
      districtTeam,
      preview(s.district.id),
      importForm({ name: 'district.csv', content: file('ELSEWHERE') }, map),
    );
    expect(outsider.body.errors).toEqual([
      {
        row: 3,
        column: 'school_code',
        message: `Unknown organization code "ELSEWHERE", or it is not ${s.district.name} or an organization below it.`,
      },
    ]);
    const done = await postForm(
      h,
      districtTeam,
      commit(s.district.id),
      importForm({ name: 'district.csv', content: file('s102') }, map),
    );
    expect(done.status).toBe(201);
    expect(done.body.created).toBe(3);
    const values = async (id: string) =>
      (
        await districtTeam.get(`/api/organizations/${id}/observations?period=2027-Q1&metricId=${read.id}`)
      ).body.items.map((o: any) => [o.breakdown, o.value]);
    expect(await values(s.school.id)).toEqual([['Grade 7', 47]]);
    expect(await values(s.sibling.id)).toEqual([['Grade 7', 52]]);
    expect(await values(s.district.id)).toEqual([['', 49]]);
  });

  it('is only for the organization’s team: others get 403, siblings and read tokens are refused', async () => {
    const file = importForm({
      name: 'x.csv',
      content: csv([
        ['metric', 'period', 'value'],
        ['READ', '2026', '1'],
      ]),
    });
    expect((await postForm(h, s.clients.siblingLead, preview(s.school.id), file)).status).toBe(404);
    expect((await postForm(h, s.clients.siblingLead, commit(s.school.id), file)).status).toBe(404);
    expect((await postForm(h, s.clients.viewer, commit(s.school.id), file)).status).toBe(403);
    expect((await postForm(h, s.clients.districtLead, commit(s.school.id), file)).status).toBe(403);
    expect((await postForm(h, s.clients.readToken, commit(s.school.id), file)).status).toBe(403);
    const byToken = await postForm(h, s.clients.writeToken, commit(s.school.id), file);
    expect(byToken.status).toBe(201);
    // A JSON body is not an upload.
    expect((await s.clients.team.post(commit(s.school.id), { file: 'x' })).status).toBe(415);
  });
});
