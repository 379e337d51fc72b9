import ExcelJS from 'exceljs';
import {
  type AssessmentExport,
  disagreementNote,
  formatDate,
  itemLabel,
  levelName,
  modeLabels,
} from './assessment-export';

const bold = { bold: true } as const;

function header(sheet: ExcelJS.Worksheet, titles: string[]) {
  const row = sheet.addRow(titles);
  row.font = bold;
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
}

/** The assessment as a workbook: a summary with attribution, results per item, sections, reflections and, when the reader may see them, individual ratings. */
export async function renderAssessmentXlsx(data: AssessmentExport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Throughline';
  book.created = data.generatedAt;
  const { assessment, framework, results } = data;
  const sectionTitle = new Map(results.sections.map((s) => [s.key, [...s.path, s.title].join(' › ')]));

  const summary = book.addWorksheet('Summary');
  summary.columns = [{ width: 22 }, { width: 100 }];
  for (const [label, value] of [
    ['Assessment', assessment.title],
    ['Organization', data.organization.name],
    ['Framework', `${framework.title} (version ${framework.version})`],
    ['Period', assessment.period],
    ['Mode', modeLabels[assessment.mode]],
    ['Status', assessment.status === 'closed' ? 'Closed' : 'Open'],
    ['Started', formatDate(assessment.createdAt)],
    ['Closed', formatDate(assessment.closedAt)],
    ['Facilitator', assessment.facilitator],
    ['Raters', `${assessment.submittedCount} of ${assessment.raterCount} submitted`],
    ['Source', framework.source.document],
    ['Attribution', framework.source.attribution],
    ['License', framework.source.license],
    ['Exported', formatDate(data.generatedAt)],
  ] as const) {
    summary.addRow([label, value]).getCell(1).font = bold;
  }
  summary.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  summary.addRow([]);
  summary.addRow(['Note', disagreementNote]);
  if (!results.ratingsVisible) {
    summary.addRow(['Note', 'Rating counts are not shown yet; the results rest on the consensus alone.']);
  }

  const items = book.addWorksheet('Results');
  items.columns = [
    { width: 34 },
    { width: 8 },
    { width: 60 },
    { width: 20 },
    { width: 40 },
    ...results.levels.map(() => ({ width: 12 })),
    { width: 8 },
    { width: 8 },
    { width: 13 },
  ];
  header(items, [
    'Section',
    'Code',
    'Item',
    'Consensus',
    'Rationale',
    ...results.levels.map((l) => l.name),
    'Raters',
    'Mean',
    'Disagreement',
  ]);
  for (const item of results.items) {
    items.addRow([
      sectionTitle.get(item.sectionKey) ?? item.sectionKey,
      itemLabel(item),
      item.title,
      levelName(data, item.consensus),
      item.rationale ?? '',
      ...results.levels.map((l) => item.distribution[l.key] ?? 0),
      item.raterCount,
      item.mean,
      item.disagreement ? 'Yes' : '',
    ]);
  }
  items.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  items.getColumn(5).alignment = { wrapText: true, vertical: 'top' };

  const sections = book.addWorksheet('Sections');
  sections.columns = [{ width: 50 }, { width: 10 }, { width: 40 }, { width: 40 }];
  header(sections, ['Section', 'Average', 'Strengths', 'Challenges']);
  const code = new Map(results.items.map((i) => [i.key, itemLabel(i)]));
  for (const s of results.sections) {
    sections.addRow([
      sectionTitle.get(s.key),
      s.average,
      s.strengths.map((k) => code.get(k)).join(', '),
      s.challenges.map((k) => code.get(k)).join(', '),
    ]);
  }

  const reflections = book.addWorksheet('Reflections');
  reflections.columns = [{ width: 40 }, { width: 45 }, { width: 90 }];
  header(reflections, ['Section', 'Prompt', 'Response']);
  for (const s of results.sections) {
    for (const r of s.reflections) reflections.addRow([sectionTitle.get(s.key), r.prompt, r.response]);
  }
  reflections.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  if (data.teamRatings) {
    const ratings = book.addWorksheet('Individual ratings');
    ratings.columns = [
      { width: 8 },
      { width: 50 },
      { width: 24 },
      { width: 20 },
      { width: 60 },
      { width: 40 },
    ];
    header(ratings, ['Code', 'Item', 'Rater', 'Level', 'Evidence', 'Notes']);
    const byKey = new Map(results.items.map((i) => [i.key, i]));
    for (const entry of data.teamRatings) {
      const item = byKey.get(entry.itemKey);
      if (!item) continue;
      for (const r of entry.ratings) {
        ratings.addRow([
          itemLabel(item),
          item.title,
          r.rater,
          levelName(data, r.levelKey),
          r.evidence ?? '',
          r.notes ?? '',
        ]);
      }
    }
    ratings.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  }

  return Buffer.from(await book.xlsx.writeBuffer());
}
