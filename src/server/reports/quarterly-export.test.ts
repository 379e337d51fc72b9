import { describe, expect, it } from 'vitest';
import { readPdfText, readWorkbook } from '../../../tests/support/export-readers';
import { pdfSafe } from '../exports/pdf-text';
import { quarterlyDocument, resourcesText } from './quarterly-document';
import { causeLine, periodLabel, quarterlyFileName } from './quarterly-labels';
import { renderQuarterlyPdf } from './quarterly-pdf';
import { quarterlyReportFixture } from './quarterly-report-fixture';
import { renderQuarterlyXlsx } from './quarterly-xlsx';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('quarterly report files', () => {
  it('lays out the narrative, Tool A’s tables for the year so far, measures, supports and adjustments', () => {
    const doc = quarterlyDocument(quarterlyReportFixture());
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []));
    expect(headings).toEqual([
      '1 Narrative',
      '1 Implementation',
      '2 Across the plan',
      '2 Strategy 1.1: Guided reading in every K–3 classroom',
      '3 Milestone 1.1.1: Coaching cycles for new teachers',
      '3 Milestone 1.1.2: Common benchmark review',
      '2 Strategy 1.2: Family reading nights',
      '3 Milestone 1.2.1: Two family nights held',
      '1 Performance measures',
      '1 Supports',
      '1 Adjustments',
    ]);
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    // Tool A's milestone table: a column per quarter so far.
    const milestone = tables.find((t) => t.columns[0]?.header === 'Milestone 1.1.1');
    expect(milestone?.columns.map((c) => c.header)).toEqual([
      'Milestone 1.1.1',
      '1st Quarter',
      '2nd Quarter',
    ]);
    expect(milestone?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Actions Completed (%)', '50%', '50%'],
      ['Outputs Completed (list)', '1.1.1.1: Coaching schedule published', '1.1.1.2: Two coaching cycles'],
      ['Actions on Time (%)', '100%', '50%'],
      ['Actions Behind Schedule (%)', '0%', '50%'],
      [
        'Cause & Adjustments Made',
        '—',
        '1.1.1.2, Nov 2026 (at risk)\nCause: Substitute shortage\nAdjustment: Use PLC time for observations\n' +
          '1.1.1.2, Dec 2026 (behind)\nCause: Coach on leave\nAdjustment: Principal leads two cycles',
      ],
      [
        'Resources/Budget Used',
        'Coach time\nBudget: $700 of $1,500 planned',
        'Substitutes\nBudget: $300.50 of $1,500 planned',
      ],
      ['Additional Information/Comments', '—', 'Teachers asked for more modelling.'],
    ]);
    // The semester table: the first semester as of its end, read from the second quarter.
    const strategy = tables.find((t) => t.columns[0]?.header === 'Strategy 1.1');
    expect(strategy?.columns.map((c) => c.header)).toEqual(['Strategy 1.1', '1st Semester']);
    expect(strategy?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Milestones Completed (%)', '0%'],
      ['Milestones Behind Schedule', '1.1.1 Coaching cycles for new teachers\n1.1.2 Common benchmark review'],
      [
        'Cause & Adjustments Made',
        '1.1.2, 1st Semester\nCause: Benchmark window moved\nAdjustment: Review in January',
      ],
    ]);
    const measures = tables.find((t) => t.columns[0]?.header === 'Indicator');
    expect(measures?.rows.map((r) => r.map((c) => c.text))).toEqual([
      [
        'Goal 1: Students reading at grade level (%)',
        'All students',
        'at least 50%',
        '46.5%',
        'On track',
        'Mid-year benchmark shows steady growth.',
      ],
      ['', 'Grade 3', 'at least 45%', '—', 'No data', ''],
    ]);
  });

  it('says so when there is no plan, narrative, measure, support or adjustment', () => {
    const empty = {
      ...quarterlyReportFixture(),
      plan: null,
      narrative: { text: '', version: null, updatedAt: null, updatedBy: null },
      performance: [],
      supports: [],
      adjustments: [],
    };
    const notes = quarterlyDocument(empty).blocks.flatMap((b) =>
      b.kind === 'paragraph' && b.tone === 'muted' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(notes).toEqual([
      'The team has not written a narrative for this quarter.',
      'No plan is in effect for this school year, so there is nothing to report on.',
      'The plan has no performance measures for this year.',
      'No supports were active this quarter.',
      'No adjustments were decided this quarter.',
    ]);
  });

  it('prints every section as real text with page numbers', async () => {
    const bytes = await renderQuarterlyPdf(quarterlyReportFixture(), { compress: false });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(readPdfText(bytes));
    for (const expected of [
      'Quarterly report',
      'Cedar Elementary Improvement Plan',
      'Quarter 2, 2026–27',
      'Nov 1, 2026 – Jan 31, 2027',
      'Coaching cycles slowed in December when our coach went on leave.',
      'Last updated Jan 18, 2027 by Lena Lead.',
      'Milestone 1.1.2: Common benchmark review',
      'Actions Behind Schedule (%)',
      'Benchmark results shared with teams',
      'Students reading at grade level (%)',
      'Mid-year benchmark shows steady growth.',
      'Weekly coaching visits by the district literacy coach.',
      'Rated 4 of 5: Both teachers now run guided groups daily.',
      'Coaching cycles move to Tuesdays.',
      'Page 1 of',
    ]) {
      expect(text).toContain(flat(pdfSafe(expected)));
    }
  });

  it('writes one sheet per table with numbers kept as numbers', async () => {
    const book = await readWorkbook(
      await renderQuarterlyXlsx(quarterlyReportFixture(), new Date('2027-01-20')),
    );
    expect(Object.keys(book.sheets)).toEqual([
      'Summary',
      'Totals',
      'Strategies',
      'Milestones',
      'Performance',
      'Supports',
      'Adjustments',
    ]);
    expect(book.sheets.Summary).toContainEqual(['Quarter', 'Quarter 2, 2026–27']);
    expect(book.sheets.Totals.map((r) => r.slice(0, 7))).toEqual([
      [
        'Quarter',
        'Actions in scope',
        'Actions completed (%)',
        'Actions on time (%)',
        'Actions behind (%)',
        'Budget planned',
        'Budget used',
      ],
      ['1st Quarter', '3', '33.3', '100', '0', '1750.5', '700'],
      ['2nd Quarter', '3', '66.7', '66.7', '33.3', '1750.5', '350.5'],
    ]);
    expect(book.sheets.Milestones).toHaveLength(1 + 2 * 3);
    expect(book.sheets.Performance[1]?.slice(0, 7)).toEqual([
      'Goal 1: Students reading at grade level (%)',
      'All students',
      '2026–27',
      'at least 50%',
      '46.5',
      '%',
      'On track',
    ]);
    expect(book.sheets.Supports[1]?.[10]).toBe('4');
    expect(book.sheets.Adjustments[1]?.slice(0, 3)).toEqual([
      'Dec 10, 2026',
      'School leadership team',
      'Coaching cycles move to Tuesdays.',
    ]);
  });

  it('names files and periods plainly', () => {
    expect(quarterlyFileName('École Saint-Michel', '2026-Q2', 'pdf')).toBe(
      'Ecole-Saint-Michel-2026-Q2-quarterly-report.pdf',
    );
    expect(periodLabel('2026-11')).toBe('Nov 2026');
    expect(periodLabel('2026-S2')).toBe('2nd Semester');
    expect(
      causeLine({
        itemId: 'x',
        number: '1.2',
        period: '2026-S1',
        status: null,
        cause: 'Late',
        adjustment: null,
      }),
    ).toBe('1.2, 1st Semester\nCause: Late');
    const quiet = quarterlyReportFixture().implementation.strategies[1]?.milestones[0];
    expect(quiet && resourcesText(quiet)).toBe('—');
  });
});
