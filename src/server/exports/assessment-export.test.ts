import { describe, expect, it } from 'vitest';
import { readPdfText, readWorkbook } from '../../../tests/support/export-readers';
import { type AssessmentExport, exportFileName } from './assessment-export';
import { renderAssessmentPdf } from './assessment-pdf';
import { renderAssessmentXlsx } from './assessment-xlsx';

const levels = [
  { key: 'dev', name: 'Developing', value: 1 },
  { key: 'pro', name: 'Proficient', value: 2 },
  { key: 'exe', name: 'Exemplary (Proficient +)', value: 3 },
];
const data: AssessmentExport = {
  organization: { name: 'Riverside School District' },
  assessment: {
    title: 'Conditions for Success',
    period: '2026–27',
    mode: 'anonymous',
    status: 'closed',
    createdAt: new Date('2026-09-01T00:00:00Z'),
    closedAt: new Date('2026-10-01T00:00:00Z'),
    facilitator: 'James Porter',
    raterCount: 3,
    submittedCount: 3,
  },
  framework: {
    title: 'Conditions for Success in Low-Performing Districts',
    shortTitle: 'Conditions for Success',
    version: 2,
    source: {
      document: 'Conditions for Success',
      license: 'Public agency document',
      attribution: 'A state rubric ≥ 2015.',
    },
  },
  results: {
    levels,
    ratingsVisible: true,
    sections: [
      {
        key: '1',
        code: '1',
        title: 'Culture of Performance',
        path: [],
        depth: 0,
        reflectionPrompts: ['What stands out?'],
        reflections: [{ prompt: 'What stands out?', response: 'High expectations are shared.' }],
        strengths: ['1.1'],
        challenges: [],
        average: 2.5,
      },
    ],
    items: [
      {
        key: '1.1',
        code: null,
        title: 'District Led High Expectations',
        sectionKey: '1',
        consensus: 'exe',
        rationale: null,
        distribution: { dev: 1, pro: 0, exe: 2 },
        raterCount: 3,
        disagreement: true,
        mean: 2.33,
      },
    ],
  },
  teamRatings: null,
  generatedAt: new Date('2026-11-01T00:00:00Z'),
};

describe('assessment exports', () => {
  it('writes a compressed PDF by default and plain text streams when asked, with the same words', async () => {
    const compressed = await renderAssessmentPdf(data);
    const plain = await renderAssessmentPdf(data, { compress: false });
    expect(compressed.toString('latin1')).toContain('/FlateDecode');
    expect(plain.toString('latin1')).not.toContain('/FlateDecode');
    const text = readPdfText(plain);
    expect(readPdfText(compressed)).toBe(text);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Conditions for Success',
      'Riverside School District',
      'Mode: Anonymous team',
      'A state rubric >= 2015.',
      'License: Public agency document',
      'District Led High Expectations',
      'Exemplary (Proficient +)',
      'High expectations are shared.',
      'Page 1 of 1',
    ]) {
      expect(flat).toContain(expected);
    }
    // The item's row: title, consensus (wrapped in its narrow column), one count per level, the flag.
    const rows = text.split('\n');
    const at = rows.indexOf('District Led High Expectations');
    expect(rows.slice(at + 1, at + 7)).toEqual(['Exemplary ', '(Proficient +)', '1', '0', '2', 'Yes']);
  });

  it('writes a workbook without an individual ratings sheet when there are none to show', async () => {
    const { sheets } = await readWorkbook(await renderAssessmentXlsx(data));
    expect(Object.keys(sheets)).toEqual(['Summary', 'Results', 'Sections', 'Reflections']);
    expect(sheets.Results[1]).toEqual([
      'Culture of Performance',
      '1.1',
      'District Led High Expectations',
      'Exemplary (Proficient +)',
      '',
      '1',
      '0',
      '2',
      '3',
      '2.33',
      'Yes',
    ]);
  });

  it('names files after the organization and assessment, without repeating the period', () => {
    expect(exportFileName(data, 'pdf')).toBe('Riverside-School-District-Conditions-for-Success-2026-27.pdf');
    const titled = { ...data, assessment: { ...data.assessment, title: 'Self-reflection 2026–27' } };
    expect(exportFileName(titled, 'xlsx')).toBe('Riverside-School-District-Self-reflection-2026-27.xlsx');
  });
});
