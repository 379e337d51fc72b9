import { describe, expect, it } from 'vitest';
import { planTreeFixture } from '../../../tests/support/plan-tree-fixture';
import { type Block, budget, timeline } from './document-blocks';
import { measureTable, planDocument, planExportFileName, theoryOfAction } from './plan-document';

type Table = Extract<Block, { kind: 'table' }>;

const headings = (blocks: Block[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

/** The block right after the heading with this text (the first block of that kind after it when given). */
function following(blocks: Block[], heading: string, kind?: Block['kind']): Block {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  expect(at, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = blocks.slice(at + 1).find((b) => !kind || b.kind === kind);
  if (!next) throw new Error(`Nothing after "${heading}"`);
  return next;
}
const tableAfter = (blocks: Block[], heading: string) => following(blocks, heading, 'table') as Table;
const cells = (t: Table) => t.rows.map((r) => r.map((c) => c.text));
const runText = (b: Block) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');

describe('planDocument', () => {
  const plan = planTreeFixture();
  const { blocks, ...meta } = planDocument(plan);

  it('follows the template: title block, at a glance, direction, signatures, needs, priority planning', () => {
    expect(blocks[0]).toEqual({ kind: 'title', text: 'Lincoln Elementary Improvement Plan' });
    expect(blocks.slice(1, 4).map(runText)).toEqual([
      'Organization: Lincoln Elementary',
      'Period: 2026–27 to 2028–29',
      'Status: Awaiting signatures',
    ]);
    expect(headings(blocks, 1)).toEqual([
      'At a glance',
      'Strategic direction',
      'Plan signatures',
      'Needs assessment',
      'Priority planning',
    ]);
    expect(meta).toEqual({
      title: 'Lincoln Elementary Improvement Plan (2026–27 to 2028–29)',
      subject: 'School improvement plan',
      author: 'Lincoln Elementary',
      footer: 'Lincoln Elementary · Lincoln Elementary Improvement Plan · 2026–27 to 2028–29',
    });
  });

  it('fills the at-a-glance blanks from the organization, the signing date and the latest recorded update', () => {
    const fields = following(blocks, 'At a glance');
    expect(fields.kind).toBe('fields');
    const rows = fields.kind === 'fields' ? fields.rows.map((r) => [r.label, r.value]) : [];
    expect(rows).toEqual([
      ['Date of Plan', 'Aug 20, 2026'],
      ['Date of Update', 'Sep 2, 2026'],
      ['Update Summary', 'Added a family engagement strategy.'],
      ['School Name', 'Lincoln Elementary'],
      ['ESSA Status', 'TSI — Targeted Support and Improvement'],
      ['City/County', 'Springfield / Green County'],
      ['Zip Code', '62704'],
      ['Phone Number', '(217) 555-0142'],
      ['Principal', 'Maria Alvarez'],
      ['Contact Information', 'Sam Lee, sam.lee@lincoln.example.org'],
      ['District', 'Springfield District 186'],
      ['Superintendent', 'Dr. Helen Okafor'],
      ['District Liaison/Contact', 'Jordan Price'],
      ['Federal Accountability Designation', 'Targeted support'],
      ['Title I Status', 'Schoolwide program'],
    ]);
    expect(cells(tableAfter(blocks, 'Leadership team members'))).toEqual([
      ['Maria Alvarez', 'Principal'],
      ['Chris Novak', 'Literacy coach'],
    ]);
  });

  it('reads "Draft" before signing and names a district’s offices on a district plan', () => {
    const draft = planTreeFixture();
    draft.signedAt = null;
    draft.status = 'draft';
    draft.updates = [];
    draft.direction.leadershipTeam = [];
    Object.assign(draft.organization, {
      kind: 'district',
      name: 'Springfield District 186',
      parent: { id: 'x', name: 'Illinois', leaderName: null },
      essaStatus: 'none',
      titleIStatus: 'none',
      phone: null,
    });
    const doc = planDocument(draft).blocks;
    const fields = following(doc, 'At a glance');
    const value = (label: string) =>
      fields.kind === 'fields' ? fields.rows.find((r) => r.label === label)?.value : undefined;
    expect(value('Date of Plan')).toBe('Draft');
    expect(value('Date of Update')).toBe('—');
    expect(value('Update Summary')).toBe('—');
    expect(value('District Name')).toBe('Springfield District 186');
    expect(value('Superintendent')).toBe('Maria Alvarez');
    expect(value('State')).toBe('Illinois');
    expect(value('Chief State School Officer')).toBe('—');
    expect(value('Phone Number')).toBe('—');
    expect(value('ESSA Status')).toBe('None');
    expect(value('Title I Status')).toBe('Not Title I');
    expect(runText(following(doc, 'Leadership team members'))).toBe('No leadership team members recorded.');
    expect(runText(doc[3])).toBe('Status: Draft');
  });

  it('writes the direction with the purpose as a theory of action, each goal with its measures, and the glossary', () => {
    const direction = blocks.slice(
      blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Strategic direction'),
    );
    expect(direction.slice(1, 4).map(runText)).toEqual([
      'Vision: Every Lincoln student reads with joy and confidence.',
      'Mission: We teach every child to read, write and reason through strong daily instruction.',
      'Purpose: If we build teacher teams that plan literacy instruction from student work, then teachers will adjust daily lessons to what students need, and students will read on grade level by grade 3.',
    ]);
    expect(headings(blocks, 2).slice(0, 4)).toEqual([
      'Goal 1: Raise third-grade reading proficiency',
      'Goal 2: Improve attendance',
      'Glossary',
      'Priority areas, strategies and milestones',
    ]);
    expect(runText(following(blocks, 'Goal 1: Raise third-grade reading proficiency'))).toBe(
      'Reading by grade 3 predicts later success.',
    );
    const goal1 = tableAfter(blocks, 'Goal 1: Raise third-grade reading proficiency');
    expect(goal1.columns.map((c) => c.header)).toEqual([
      'Indicator',
      'Data Source',
      'Baseline',
      'Target 2026–27',
      'Target 2027–28',
      'Target 2028–29',
    ]);
    expect(cells(goal1)).toEqual([
      [
        '1. Students proficient in reading (grade 3)',
        'State assessment',
        '24% (as of May 30, 2026)',
        'at least 30%',
        'at least 36%',
        '+18% (42%)',
      ],
    ]);
    const goal2 = tableAfter(blocks, 'Goal 2: Improve attendance');
    expect(cells(goal2)).toEqual([
      ['1. Chronic absence rate', 'State assessment', '', '', '', ''],
      ['Grade K', '', '19% (as of Jun 10, 2026)', '−3% (16%)', '—', '—'],
      ['Grade 1', '', '—', '−2% (baseline needed)', '—', '—'],
    ]);
    expect(goal2.rows[1][0].indent).toBe(true);
    expect(cells(tableAfter(blocks, 'Glossary'))).toEqual([['MTSS', 'Multi-tiered system of supports.']]);
  });

  it('summarizes priorities with one row per milestone, naming each priority and strategy once', () => {
    const summary = tableAfter(blocks, 'Priority areas, strategies and milestones');
    expect(summary.columns.map((c) => c.header)).toEqual([
      'Priority Area',
      'Strategy',
      'Indicator',
      'Milestones',
      'Timeline',
    ]);
    expect(cells(summary)).toEqual([
      [
        '1: Core literacy instruction',
        '1.1: Collaborative data teams',
        '1. Teachers using regrouping weekly',
        '1.1.1. Data teams meet every two weeks',
        'Dec 18, 2026',
      ],
      ['', '', '', '1.1.2. Regrouping in every K–3 classroom', 'May 28, 2027'],
      ['', '1.2: Family reading nights', '—', '—', '—'],
      ['2: Attendance supports', '—', '—', '—', '—'],
    ]);
  });

  it('lists signatories with their role and whether they have signed', () => {
    expect(runText(following(blocks, 'Plan signatures'))).toMatch(/^I have reviewed the plan/);
    const table = tableAfter(blocks, 'Plan signatures');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Name',
      'Position',
      'Improvement Plan Role',
      'Signature',
    ]);
    expect(cells(table)).toEqual([
      ['Maria Alvarez', 'Principal, Lincoln Elementary', 'Principal', 'Signed Aug 20, 2026'],
      ['Pat Gomez', '—', 'Parent representative', 'Awaiting signature'],
    ]);
  });

  it('writes the needs assessment: elements, process, SWOT with root causes, both analysis methods, priority areas', () => {
    const elements = following(blocks, 'Elements examined');
    expect(elements.kind === 'list' && elements.items.map((i) => i.runs[0].text)).toEqual([
      'Demographics: student',
      'Student outcomes/performance: assessments',
      'Student engagement: attendance',
      'Other: Family survey 2026',
    ]);
    const needs = blocks.slice(
      blocks.findIndex((b) => b.kind === 'heading' && b.text === 'How the needs assessment was done'),
    );
    expect(needs.slice(2, 5).map(runText)).toEqual([
      'The leadership team reviewed three years of data over four meetings in spring.',
      'How was stakeholder input included?',
      'Families and staff answered surveys; student council held a listening session.',
    ]);
    const swot = blocks.slice(
      blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Data analysis') + 1,
      -1,
    );
    const swotTables = swot.slice(0, 4) as Table[];
    expect(swotTables.map((t) => t.columns.map((c) => c.header))).toEqual([
      ['Strengths', 'Evidence', 'What can be leveraged to move us closer to our goals?'],
      ['Opportunities', 'Evidence', 'What can be leveraged to move us closer to our goals?'],
      ['Weaknesses', 'Evidence', 'What are the root causes?'],
      ['Threats', 'Evidence', 'What are the root causes?'],
    ]);
    expect(cells(swotTables[0])).toEqual([
      ['Experienced literacy coach', 'Coach logs', 'Coach leads team planning'],
    ]);
    expect(cells(swotTables[2])).toEqual([
      [
        'Uneven small-group instruction',
        'Walkthrough data',
        '1. No common planning time to use reading data',
      ],
    ]);

    const whys = following(blocks, 'Root cause analysis 1 (5 Whys)', 'list');
    expect(
      whys.kind === 'list' && whys.items.map((i) => `${i.label} ${i.runs.map((r) => r.text).join('')}`),
    ).toEqual([
      '1. Why are scores flat? Small groups do not match needs Evidence: Walkthroughs',
      '2. Why do groups not match? Teachers lack shared data time',
    ]);
    const fishbone = tableAfter(blocks, 'Root cause analysis 2 (Fishbone)');
    expect(fishbone.columns.map((c) => c.header)).toEqual([
      'Category',
      'Cause',
      'Evidence',
      'Actionable',
      'Priority',
    ]);
    expect(cells(fishbone)).toEqual([
      ['Families', 'Transportation gaps', 'Bus route data', 'Yes', 'High'],
      ['', 'Illness', '—', 'No', '—'],
      ['School', '—', '—', '—', '—'],
    ]);
    const analysis = blocks.map(runText);
    expect(analysis).toContain('Explains (Weakness): Uneven small-group instruction');
    expect(analysis).toContain('Root cause: No common planning time to use reading data');
    expect(analysis).toContain('Root cause: Families lack reliable transport');
    const areas = following(blocks, 'Priority areas');
    expect(areas.kind === 'list' && areas.items.map((i) => i.runs.map((r) => r.text).join(''))).toEqual([
      'Core literacy instruction — Tighten small-group reading instruction in K–3.',
      'Attendance supports',
    ]);
  });

  it('plans each priority: strategies as theories of action with practices and measures, milestones with actions', () => {
    const planning = blocks.slice(
      blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Priority planning'),
    );
    expect(headings(planning, 2)).toEqual([
      'Priority 1: Core literacy instruction',
      'Priority 2: Attendance supports',
    ]);
    expect(headings(planning, 3)).toEqual([
      'Strategy 1.1: Collaborative data teams',
      'Strategy 1.2: Family reading nights',
    ]);
    expect(headings(planning, 4)).toEqual([
      'Strategy performance measures',
      'Milestone 1.1.1: Data teams meet every two weeks — due Dec 18, 2026 — Literacy team',
      'Milestone 1.1.2: Regrouping in every K–3 classroom — due May 28, 2027',
      'Strategy performance measures',
    ]);
    const strategy = planning.slice(planning.findIndex((b) => b.kind === 'heading' && b.level === 3) + 1);
    expect(strategy.slice(0, 5).map(runText)).toEqual([
      'If we establish weekly data team meetings, then teachers will regroup students by need, and students will grow in reading.',
      'Effective practices: Four Domains: 3c, 2a',
      'Supports: Goal 1',
      'Rationale: Data teams are a proven practice.',
      'Evidence: What Works Clearinghouse',
    ]);
    expect(cells(tableAfter(planning, 'Strategy performance measures'))).toEqual([
      [
        '1. Teachers using regrouping weekly',
        'State assessment',
        '20% (as of Jun 1, 2026)',
        'at least 60%',
        'at least 85%',
        '—',
      ],
    ]);
    const actions = tableAfter(
      planning,
      'Milestone 1.1.1: Data teams meet every two weeks — due Dec 18, 2026 — Literacy team',
    );
    expect(actions.columns.map((c) => c.header)).toEqual([
      'Actions',
      'Anticipated Outputs',
      'Timeline',
      'Resources/Budget',
      'Person Responsible',
      'Collaborators',
    ]);
    expect(cells(actions)[1]).toEqual([
      '1.1.1.2 Train team facilitators',
      'Six facilitators trained',
      'By Oct 1, 2026',
      '—',
      'Chris Novak',
      '—',
    ]);
    expect(cells(actions)[0].slice(2, 5)).toEqual([
      'Aug 15, 2026 – Sep 15, 2026',
      '$12,000\nTitle I',
      'Maria Alvarez',
    ]);
    const later = planning.map(runText);
    expect(later).toContain('If we host monthly family reading nights.');
    expect(later).toContain('No strategy performance measures yet.');
    expect(later).toContain('No milestones yet.');
    expect(later).toContain('No strategies yet.');
  });

  it('says what is missing instead of leaving sections empty', () => {
    const empty = planTreeFixture();
    Object.assign(empty, { goals: [], swot: [], rootCauses: [], priorities: [], signatures: [] });
    Object.assign(empty.direction, {
      vision: null,
      mission: null,
      purposeIf: null,
      purposeThen: null,
      purposeAnd: null,
      glossary: [],
    });
    empty.needs.elements = { checked: [], other: {} };
    const text = planDocument(empty).blocks.map(runText);
    for (const expected of [
      'Vision: Not yet written.',
      'No goals yet.',
      'No priority areas yet.',
      'No signatures requested yet.',
      'No elements recorded.',
      'No strengths, weaknesses, opportunities or threats recorded.',
      'No root cause analyses yet.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.some((t) => t.startsWith('Purpose'))).toBe(false);
    expect(headings(planDocument(empty).blocks, 2)).not.toContain('Glossary');
  });
});

describe('plan layout helpers', () => {
  it('writes only the parts of a theory of action that exist, as one sentence', () => {
    expect(theoryOfAction('coach', null, 'students read.')).toEqual([
      { text: 'If we', bold: true },
      { text: ' coach' },
      { text: ', ' },
      { text: 'and', bold: true },
      { text: ' students read' },
      { text: '.' },
    ]);
    expect(theoryOfAction(null, ' ', null)).toEqual([]);
  });

  it('does not repeat the keyword a part already starts with', () => {
    const sentence = (parts: [string, string, string]) =>
      theoryOfAction(...parts)
        .map((r) => r.text)
        .join('');
    expect(sentence(['we coach teachers', 'then lessons change,', 'and students read'])).toBe(
      'If we coach teachers, then lessons change, and students read.',
    );
    expect(sentence(['If we coach', 'thenceforth lessons change', 'andragogy improves'])).toBe(
      'If we coach, then thenceforth lessons change, and andragogy improves.',
    );
  });

  it('reads timelines and budgets', () => {
    expect(timeline('2026-09-01', '2026-10-15')).toBe('Sep 1, 2026 – Oct 15, 2026');
    expect(timeline('2026-09-01', null)).toBe('From Sep 1, 2026');
    expect(timeline(null, null)).toBe('—');
    expect(budget(1500.5, 'Title I')).toBe('$1,500.50\nTitle I');
    expect(budget(0, null)).toBe('$0');
    expect(budget(null, null)).toBe('—');
  });

  it('gives a measure without rows a row of dashes', () => {
    const plan = planTreeFixture();
    const [m] = plan.goals[0].measures;
    const table = measureTable([{ ...m, rows: [] }], plan.period) as Table;
    expect(cells(table)).toEqual([
      ['1. Students proficient in reading (grade 3)', 'State assessment', '—', '—', '—', '—'],
    ]);
  });

  it('names the file for the organization and the period', () => {
    const plan = planTreeFixture();
    expect(planExportFileName(plan, 'docx')).toBe(
      'Lincoln-Elementary-2026-27-to-2028-29-improvement-plan.docx',
    );
    plan.organization.name = 'École Saint-Exupéry';
    expect(planExportFileName(plan, 'pdf')).toBe(
      'Ecole-Saint-Exupery-2026-27-to-2028-29-improvement-plan.pdf',
    );
  });
});
