import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/export-readers';
import { planItemTexts, planTreeFixture } from '../../../tests/support/plan-tree-fixture';
import { planDocument } from './plan-document';
import { renderPlanDocx } from './plan-docx';

describe('renderPlanDocx', () => {
  const plan = planTreeFixture();
  const read = async () => readDocx(await renderPlanDocx(planDocument(plan)));

  it('writes the template’s sections as Word headings, in order', async () => {
    const { paragraphs } = await read();
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['Lincoln Elementary Improvement Plan']);
    expect(styled('Heading1')).toEqual([
      'At a glance',
      'Strategic direction',
      'Plan signatures',
      'Needs assessment',
      'Priority planning',
    ]);
    expect(styled('Heading2')).toEqual([
      'Goal 1: Raise third-grade reading proficiency',
      'Goal 2: Improve attendance',
      'Glossary',
      'Priority areas, strategies and milestones',
      'Elements examined',
      'How the needs assessment was done',
      'Data analysis',
      'Root cause analysis',
      'Priority areas',
      'Priority 1: Core literacy instruction',
      'Priority 2: Attendance supports',
    ]);
    expect(styled('Heading3')).toEqual([
      'Leadership team members',
      'Root cause analysis 1 (5 Whys)',
      'Root cause analysis 2 (Fishbone)',
      'Strategy 1.1: Collaborative data teams',
      'Strategy 1.2: Family reading nights',
    ]);
    expect(styled('Heading4')).toContain(
      'Milestone 1.1.1: Data teams meet every two weeks — due Dec 18, 2026 — Literacy team',
    );
  });

  it('carries every goal, measure target, strategy, milestone, action and signature', async () => {
    const { text } = await read();
    for (const expected of [
      ...planItemTexts(plan),
      'If we establish weekly data team meetings, then teachers will regroup students by need, and students will grow in reading.',
      'Four Domains: 3c, 2a',
      'Other: Family survey 2026',
      'Why are scores flat? Small groups do not match needs Evidence: Walkthroughs',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('writes real tables whose header rows repeat on each page', async () => {
    const { tables } = await read();
    const byHeader = (first: string) => tables.filter((t) => t.rows[0][0] === first);
    const [glance] = byHeader('Date of Plan');
    expect(glance.headerRows).toBe(0);
    expect(glance.rows[0]).toEqual(['Date of Plan', 'Aug 20, 2026']);
    const actions = byHeader('Actions');
    expect(actions).toHaveLength(2);
    expect(actions[0].headerRows).toBe(1);
    expect(actions[0].rows[0]).toEqual([
      'Actions',
      'Anticipated Outputs',
      'Timeline',
      'Resources/Budget',
      'Person Responsible',
      'Collaborators',
    ]);
    expect(actions[0].rows[1].slice(2)).toEqual([
      'Aug 15, 2026 – Sep 15, 2026',
      '$12,000\nTitle I',
      'Maria Alvarez',
      'Grade-level leads',
    ]);
    const [signatures] = byHeader('Name').filter((t) => t.rows[0].length === 4);
    expect(signatures.headerRows).toBe(1);
    expect(signatures.rows.slice(1).map((r) => r[3])).toEqual(['Signed Aug 20, 2026', 'Awaiting signature']);
    const measures = byHeader('Indicator');
    expect(measures.map((t) => t.rows[0].slice(3))).toEqual(
      Array(3).fill(['Target 2026–27', 'Target 2027–28', 'Target 2028–29']),
    );
    for (const t of tables.filter((t) => t !== glance)) expect(t.headerRows).toBe(1);
  });

  it('sets the document properties and numbers the pages in the footer', async () => {
    const { properties, footer } = await read();
    expect(properties).toEqual({
      title: 'Lincoln Elementary Improvement Plan (2026–27 to 2028–29)',
      creator: 'Lincoln Elementary',
      subject: 'School improvement plan',
    });
    expect(footer).toContain('Lincoln Elementary · Lincoln Elementary Improvement Plan');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('escapes markup and drops characters XML cannot hold', async () => {
    const odd = planTreeFixture();
    odd.title = 'Plan <b>&amp; "quoted"\u0001 日本';
    const { paragraphs, xml } = await readDocx(await renderPlanDocx(planDocument(odd)));
    expect(paragraphs[0].text).toBe('Plan <b>&amp; "quoted" 日本');
    expect(xml).not.toContain('\u0001');
  });
});
