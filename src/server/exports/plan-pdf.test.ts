import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../tests/support/export-readers';
import { planItemTexts, planTreeFixture } from '../../../tests/support/plan-tree-fixture';
import { pdfSafe } from './pdf-text';
import { planDocument } from './plan-document';
import { renderPlanPdf, wrapLines } from './plan-pdf';

/** The document's text with line breaks read as spaces, so wrapped phrases compare whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pages = (text: string) => Number(/Page 1 of (\d+)/.exec(text)?.[1] ?? 0);

describe('renderPlanPdf', () => {
  it('writes every section, item, target and signature as real text, with page numbers in the footer', async () => {
    const plan = planTreeFixture();
    const bytes = await renderPlanPdf(planDocument(plan), { compress: false });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = readPdfText(bytes);
    const all = flat(text);
    for (const expected of [
      'Lincoln Elementary Improvement Plan',
      'At a glance',
      'Date of Plan',
      'Aug 20, 2026',
      'Added a family engagement strategy.',
      'TSI — Targeted Support and Improvement',
      'Dr. Helen Okafor',
      'Strategic direction',
      'Every Lincoln student reads with joy and confidence.',
      'Priority Area',
      'Plan signatures',
      'Needs assessment',
      'Other: Family survey 2026',
      'What are the root causes?',
      'Why are scores flat?',
      'Transportation gaps',
      'Priority planning',
      'Four Domains: 3c, 2a',
      'Anticipated Outputs',
      'Aug 15, 2026 – Sep 15, 2026',
      ...planItemTexts(plan),
    ]) {
      expect(all).toContain(flat(pdfSafe(expected)));
    }
    const count = pages(text);
    expect(count).toBeGreaterThan(1);
    for (let page = 1; page <= count; page++) expect(text).toContain(`Page ${page} of ${count}`);
    expect(text).toContain('Lincoln Elementary · Lincoln Elementary Improvement Plan · 2026–27 to 2028–29');
  });

  it('carries the organization and the application in the document information', async () => {
    const raw = (await renderPlanPdf(planDocument(planTreeFixture()), { compress: false })).toString(
      'latin1',
    );
    const info = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
      return new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`).exec(raw)?.[1];
    };
    expect(info('Creator')).toBe('Throughline');
    expect(info('Author')).toBe('Lincoln Elementary');
    expect(info('Subject')).toBe('School improvement plan');
  });

  it('splits a row taller than a page across pages, repeating the header and losing no text', async () => {
    const plan = planTreeFixture();
    const action = plan.priorities[0].strategies[0].milestones[0].actions[0];
    const words = Array.from({ length: 700 }, (_, i) => `w${i}`);
    action.outputs = words.join(' ');
    const short = readPdfText(await renderPlanPdf(planDocument(planTreeFixture()), { compress: false }));
    const text = readPdfText(await renderPlanPdf(planDocument(plan), { compress: false }));
    expect(pages(text)).toBeGreaterThan(pages(short) + 1);
    const marked = (page: string) =>
      flat(page)
        .split(' ')
        .filter((w) => /^w\d+$/.test(w));
    // Every word, in order, though the cell runs over several pages (other cells' text sits between them).
    expect(marked(text)).toEqual(words);
    const spanned = text.split(/Page \d+ of \d+/).filter((page) => marked(page).length > 0);
    expect(spanned.length).toBeGreaterThan(2);
    for (const page of spanned) expect(page).toContain('Anticipated Outputs');
  });

  it('replaces characters the standard fonts cannot print', async () => {
    const plan = planTreeFixture();
    plan.title = 'Plan ≥ 日本 & <b>';
    const text = readPdfText(await renderPlanPdf(planDocument(plan), { compress: false }));
    expect(text).toContain('Plan >= ?? & <b>');
  });
});

describe('wrapLines', () => {
  const doc = new PDFDocument({ autoFirstPage: true });
  doc.font('Helvetica').fontSize(8.5);

  it('breaks at spaces and keeps every line within the width', () => {
    const text = 'Grade-level teams meet every second Tuesday to review running records and regroup students';
    const lines = wrapLines(doc, text, 90);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(90);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word wider than the column, after a slash when it has one', () => {
    expect(wrapLines(doc, 'Resources/Budget', doc.widthOfString('Resources/Bud'))).toEqual([
      'Resources/',
      'Budget',
    ]);
    const word = 'x'.repeat(200);
    const lines = wrapLines(doc, word, 60);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(60);
  });

  it('keeps the writer’s line breaks', () => {
    expect(wrapLines(doc, '$12,000\nTitle I', 200)).toEqual(['$12,000', 'Title I']);
  });
});
