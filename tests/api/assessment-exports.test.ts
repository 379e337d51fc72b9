import { describe, expect, it } from 'vitest';
import {
  assessmentScenario,
  put,
  rateAll,
  type Scenario,
  startAssessment,
} from '../support/assessment-scenario';
import { engines } from '../support/database';
import { readPdfText, readWorkbook } from '../support/export-readers';
import { useHarness } from '../support/harness';

describe.each(engines)('assessment exports on %s', (engine) => {
  const h = useHarness(engine);
  let s: Scenario;
  let id: string;

  /** A closed-for-rating team assessment: r1 and r2 submitted with marked evidence, r3 has not; consensus and a reflection. */
  const prepared = async () => {
    if (id) return;
    s = await assessmentScenario(h);
    const a = await startAssessment(s, { title: 'Leadership review' });
    id = a.id;
    const text = (who: string) => (k: string) => ({
      evidence: `EVIDENCE-${who}-${k}`,
      notes: `NOTE-${who}-${k}`,
    });
    await rateAll(s.clients.r1, id, { l1: 'low', l2: 'basic', t1: 'moderate', t2: 'high' }, text('r1'));
    await rateAll(s.clients.r2, id, { l1: 'moderate', l2: 'basic', t1: 'moderate', t2: 'high' }, text('r2'));
    await rateAll(s.clients.r3, id, { l1: 'basic' }, text('r3'), false);
    await put(s.clients.facilitator, `/api/assessments/${id}/consensus/l1`, {
      levelKey: 'basic',
      rationale: 'Urgency is stated but not yet linked to daily work',
    });
    await put(s.clients.facilitator, `/api/assessments/${id}/consensus/t2`, { levelKey: 'high' });
    await put(s.clients.facilitator, `/api/assessments/${id}/reflections/lead`, {
      responses: ['Clear messages from the superintendent', 'Follow-through in schools'],
    });
  };

  it('exports a workbook with summary, attribution, results, sections, reflections and, for readers who may, individual ratings', async () => {
    await prepared();
    const res = await s.clients.leader.download(`/api/assessments/${id}/export.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9-]+\.xlsx"$/);
    const { sheets } = await readWorkbook(res.bytes);
    expect(Object.keys(sheets)).toEqual([
      'Summary',
      'Results',
      'Sections',
      'Reflections',
      'Individual ratings',
    ]);
    const summary = Object.fromEntries(sheets.Summary.map(([k, v]) => [k, v]));
    expect(summary).toMatchObject({
      Assessment: 'Leadership review',
      Organization: s.district.name,
      Framework: 'Tiny district rubric (version 1)',
      Period: '2026–27',
      Mode: 'Team',
      Attribution: 'Tiny district rubric, written for tests (CC BY 4.0).',
      License: 'CC BY 4.0',
      Raters: '2 of 3 submitted',
    });
    expect(sheets.Results[0]).toEqual([
      'Section',
      'Code',
      'Item',
      'Consensus',
      'Rationale',
      'Consistently Low',
      'Basic',
      'Moderate',
      'Consistently High',
      'Raters',
      'Mean',
      'Disagreement',
    ]);
    expect(sheets.Results[1]).toEqual([
      'Leadership',
      'L1',
      'Communicates urgency',
      'Basic',
      'Urgency is stated but not yet linked to daily work',
      '1',
      '1',
      '1',
      '0',
      '3',
      '2',
      'Yes',
    ]);
    expect(sheets.Results[4].slice(1, 4)).toEqual([
      'T2',
      'Targets professional learning',
      'Consistently High',
    ]);
    expect(sheets.Sections).toContainEqual(['Talent', '3.5', 'T2', '']);
    expect(sheets.Reflections).toContainEqual([
      'Leadership',
      'Weaknesses in leadership',
      'Follow-through in schools',
    ]);
    expect(sheets['Individual ratings']).toContainEqual([
      'L1',
      'Communicates urgency',
      s.names.r2,
      'Moderate',
      'EVIDENCE-r2-l1',
      'NOTE-r2-l1',
    ]);
  });

  it('leaves out individual ratings and withheld counts for a rater who has not submitted', async () => {
    await prepared();
    const { sheets, text } = await readWorkbook(
      (await s.clients.r3.download(`/api/assessments/${id}/export.xlsx`)).bytes,
    );
    expect(Object.keys(sheets)).not.toContain('Individual ratings');
    expect(text).not.toMatch(/EVIDENCE-|NOTE-/);
    expect(sheets.Results[1].slice(3, 10)).toEqual([
      'Basic',
      'Urgency is stated but not yet linked to daily work',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('exports a PDF report with the header, attribution, a table per section and the reflections', async () => {
    await prepared();
    const res = await s.clients.leader.download(`/api/assessments/${id}/export.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"$/);
    const { bytes } = res;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = readPdfText(bytes);
    // Long lines wrap; compare phrases with the line breaks read as spaces.
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Leadership review',
      s.district.name,
      'Tiny district rubric, written for tests (CC BY 4.0).',
      'License: CC BY 4.0',
      '2026–27',
      'Leadership',
      'Talent',
      'Communicates urgency',
      'Consistently High',
      'Rationale: Urgency is stated but not yet linked to daily work',
      'Weaknesses in leadership',
      'Follow-through in schools',
      'Individual ratings',
      'EVIDENCE-r2-l1',
    ]) {
      expect(flat).toContain(expected);
    }
    const rows = text.split('\n');
    // L1's row: consensus, then one count per level (1 low, 1 basic, 1 moderate, 0 high) and the disagreement flag.
    const l1 = rows.indexOf('L1');
    const basic = rows.indexOf('Basic', l1);
    expect(rows.slice(basic, basic + 6)).toEqual(['Basic', '1', '1', '1', '0', 'Yes']);

    const hidden = readPdfText((await s.clients.r3.download(`/api/assessments/${id}/export.pdf`)).bytes);
    expect(hidden).toContain('Communicates urgency');
    expect(hidden).not.toMatch(/EVIDENCE-|NOTE-|Individual ratings/);
  });

  it('is refused to people who cannot read the organization', async () => {
    await prepared();
    expect((await s.clients.outsider.get(`/api/assessments/${id}/export.pdf`)).status).toBe(404);
    expect((await s.clients.schoolLead.get(`/api/assessments/${id}/export.xlsx`)).status).toBe(404);
  });
});
