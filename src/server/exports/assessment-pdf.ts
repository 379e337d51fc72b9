import PDFDocument from 'pdfkit';
import type { AssessmentResults } from '../../shared/schemas/assessment';
import {
  type AssessmentExport,
  disagreementNote,
  formatDate,
  itemLabel,
  levelName,
  modeLabels,
} from './assessment-export';
import { pdfSafe as t } from './pdf-text';

type Doc = PDFKit.PDFDocument;
type Item = AssessmentResults['items'][number];

const ink = '#1f2933';
const muted = '#52606d';
const rule = '#cbd2d9';
const headFill = '#e8eef4';
const alert = '#a61b1b';
const margin = { top: 54, bottom: 54, left: 48, right: 48 };

/** Column widths of the item table; the distribution column splits into one cell per level. */
const columns = { code: 36, item: 170, consensus: 78, distribution: 176, flag: 56 };

export type PdfOptions = {
  /** Compressed by default; tests turn it off to read the text back. */
  compress?: boolean;
};

/** The assessment as a printable report: header and attribution, then a table and the reflections per section. */
export function renderAssessmentPdf(data: AssessmentExport, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: margin,
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: t(`${data.assessment.title} (${data.assessment.period})`),
      Author: t(data.organization.name),
      Subject: t(data.framework.title),
      Creator: 'Throughline',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  writeHeader(doc, data);
  const { sections } = data.results;
  // A section's reflections follow everything inside it, so a domain's prompts close the domain.
  const writeFrom = (i: number): number => {
    writeSection(doc, data, sections[i]);
    let next = i + 1;
    while (next < sections.length && sections[next].depth > sections[i].depth) next = writeFrom(next);
    if (sections[i].reflections.length) writeReflections(doc, sections[i].reflections);
    return next;
  };
  for (let i = 0; i < sections.length; ) i = writeFrom(i);
  if (data.teamRatings) writeTeamRatings(doc, data);
  writeFooters(doc, data);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - margin.left - margin.right;
const bottom = (doc: Doc) => doc.page.height - margin.bottom;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function writeHeader(doc: Doc, data: AssessmentExport) {
  const { assessment, framework } = data;
  doc.fillColor(ink).font('Helvetica-Bold').fontSize(20).text(t(assessment.title));
  doc.font('Helvetica').fontSize(12).fillColor(muted).text(t(data.organization.name));
  doc.moveDown(0.6);
  const line = (label: string, value: string) =>
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor(ink)
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(t(value));
  line('Framework', `${framework.title}, version ${framework.version}`);
  line(
    'Period',
    `${assessment.period}    Mode: ${modeLabels[assessment.mode]}    Status: ${assessment.status === 'closed' ? 'Closed' : 'Open'}`,
  );
  line(
    'Dates',
    `started ${formatDate(assessment.createdAt)}${assessment.closedAt ? `, closed ${formatDate(assessment.closedAt)}` : ''}`,
  );
  line(
    'Facilitator',
    `${assessment.facilitator}    Raters: ${assessment.submittedCount} of ${assessment.raterCount} submitted`,
  );
  doc.moveDown(0.6);

  // The source's attribution and license travel with its text wherever it appears.
  const x = margin.left;
  const inner = width(doc) - 16;
  const source = `Source: ${framework.source.document}`;
  const attribution = framework.source.attribution;
  const license = `License: ${framework.source.license}`;
  doc.fontSize(8.5);
  const height =
    doc.heightOfString(t(source), { width: inner }) +
    doc.heightOfString(t(attribution), { width: inner }) +
    doc.heightOfString(license, { width: inner }) +
    14;
  const top = doc.y;
  doc.rect(x, top, width(doc), height).fill('#f5f7fa');
  doc
    .fillColor(ink)
    .font('Helvetica-Bold')
    .text(t(source), x + 8, top + 6, { width: inner });
  doc.font('Helvetica').fillColor(muted).text(t(attribution), { width: inner });
  doc.fillColor(ink).text(t(license), { width: inner });
  doc.y = top + height + 8;
  doc.x = margin.left;
  doc
    .fontSize(8.5)
    .fillColor(muted)
    .font('Helvetica-Oblique')
    .text(t(disagreementNote), { width: width(doc) });
  if (!data.results.ratingsVisible) {
    doc.text('Rating counts are not shown yet; the results rest on the consensus alone.', {
      width: width(doc),
    });
  }
  doc.moveDown(0.8);
}

function writeSection(doc: Doc, data: AssessmentExport, section: AssessmentResults['sections'][number]) {
  const items = data.results.items.filter((i) => i.sectionKey === section.key);
  const size = section.depth === 0 ? 14 : 11.5;
  ensureRoom(doc, 60 + (items.length ? 40 : 0));
  if (section.depth === 0 && doc.y > margin.top + 10) doc.moveDown(0.4);
  doc.x = margin.left;
  const code = section.code ? `${section.code}  ` : '';
  doc
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor(ink)
    .text(t(`${code}${section.title}`), { width: width(doc) });
  const labels = new Map(data.results.items.map((i) => [i.key, itemLabel(i)]));
  const facts = [
    `Average ${section.average ?? '-'}`,
    section.strengths.length ? `Strengths: ${section.strengths.map((k) => labels.get(k)).join(', ')}` : null,
    section.challenges.length
      ? `Challenges: ${section.challenges.map((k) => labels.get(k)).join(', ')}`
      : null,
  ].filter(Boolean);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(muted)
    .text(t(facts.join('    ')), { width: width(doc) });
  doc.moveDown(0.3);
  if (items.length) writeTable(doc, data, items, `${code}${section.title}`);
}

/** The largest size, up to `max`, at which every word of every label fits the width: words never break. */
function fittingSize(doc: Doc, font: string, labels: string[], room: number, max: number, min = 6) {
  doc.font(font);
  const words = labels.flatMap((l) => l.split(/\s+/));
  for (let size = max; size > min; size -= 0.25) {
    doc.fontSize(size);
    if (words.every((w) => doc.widthOfString(w) <= room)) return size;
  }
  return min;
}

function writeTableHeader(doc: Doc, data: AssessmentExport, continued: string | null) {
  if (continued) {
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(muted);
    doc.text(t(`${continued} (continued)`), margin.left, doc.y, { width: width(doc) });
    doc.moveDown(0.2);
  }
  const { levels } = data.results;
  const cell = columns.distribution / levels.length;
  const names = levels.map((l) => t(l.name));
  const pad = 2;
  // Level names in the regular weight: they are long ("Consistently High") and the cells are narrow.
  const size = fittingSize(doc, 'Helvetica', names, cell - 2 * pad - 1, 7.5);
  const flagSize = fittingSize(doc, 'Helvetica-Bold', ['Disagreement'], columns.flag - 2 * pad - 1, 7.5);
  doc.font('Helvetica').fontSize(size);
  const height = Math.max(20, ...names.map((n) => doc.heightOfString(n, { width: cell - 2 * pad }) + 8));
  const top = doc.y;
  doc.rect(margin.left, top, width(doc), height).fill(headFill);
  doc.fillColor(ink);
  let x = margin.left;
  const put = (
    text: string,
    w: number,
    font: string,
    fontSize: number,
    align: 'left' | 'center' = 'left',
  ) => {
    doc
      .font(font)
      .fontSize(fontSize)
      .text(text, x + pad + 1, top + 4, { width: w - 2 * pad - 1, align });
    x += w;
  };
  put('Code', columns.code, 'Helvetica-Bold', 8);
  put('Item', columns.item, 'Helvetica-Bold', 8);
  put('Consensus', columns.consensus, 'Helvetica-Bold', 8);
  for (const name of names) put(name, cell, 'Helvetica', size, 'center');
  put('Disagreement', columns.flag, 'Helvetica-Bold', flagSize, 'center');
  doc.y = top + height;
}

function writeTable(doc: Doc, data: AssessmentExport, items: Item[], title: string) {
  ensureRoom(doc, 60);
  writeTableHeader(doc, data, null);
  for (const item of items) {
    const rationale = item.rationale ? t(`Rationale: ${item.rationale}`) : null;
    doc.font('Helvetica').fontSize(8.5);
    const titleHeight = doc.heightOfString(t(item.title), { width: columns.item - 6 });
    doc.font('Helvetica-Oblique').fontSize(7.5);
    const noteHeight = rationale ? doc.heightOfString(rationale, { width: columns.item - 6 }) + 2 : 0;
    const height = Math.max(titleHeight + noteHeight + 8, 20);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      writeTableHeader(doc, data, title);
    }
    writeRow(doc, data, item, rationale, height);
  }
  doc.x = margin.left;
  doc.moveDown(0.6);
}

function writeRow(doc: Doc, data: AssessmentExport, item: Item, rationale: string | null, height: number) {
  const top = doc.y;
  let x = margin.left;
  doc
    .fillColor(ink)
    .font('Helvetica-Bold')
    .fontSize(8.5)
    .text(t(itemLabel(item)), x + 3, top + 4, { width: columns.code - 6 });
  x += columns.code;
  doc.font('Helvetica').text(t(item.title), x + 3, top + 4, { width: columns.item - 6 });
  if (rationale)
    doc
      .font('Helvetica-Oblique')
      .fontSize(7.5)
      .fillColor(muted)
      .text(rationale, { width: columns.item - 6 });
  x += columns.item;
  doc
    .fillColor(ink)
    .font('Helvetica-Bold')
    .fontSize(8.5)
    .text(t(levelName(data, item.consensus) || '-'), x + 3, top + 4, {
      width: columns.consensus - 6,
    });
  x += columns.consensus;
  const { levels, ratingsVisible } = data.results;
  const cell = columns.distribution / levels.length;
  for (const level of levels) {
    const count = item.distribution[level.key] ?? 0;
    // Shade by the share of raters on this level, so the row reads as a heat map.
    const share = item.raterCount ? count / item.raterCount : 0;
    if (share > 0) {
      doc
        .rect(x + 2, top + 2, cell - 4, height - 4)
        .fillOpacity(0.12 + 0.7 * share)
        .fill('#2f6f9f');
    }
    // White only on the darkest cells, where dark text would lose contrast.
    doc
      .fillOpacity(1)
      .fillColor(share > 0.75 ? '#ffffff' : ink)
      .font(count ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9);
    doc.text(ratingsVisible ? String(count) : '-', x, top + height / 2 - 4.5, {
      width: cell,
      align: 'center',
    });
    x += cell;
  }
  if (item.disagreement) {
    doc
      .fillColor(alert)
      .font('Helvetica-Bold')
      .fontSize(8.5)
      .text('Yes', x, top + height / 2 - 4.5, { width: columns.flag, align: 'center' });
  }
  doc
    .moveTo(margin.left, top + height)
    .lineTo(margin.left + width(doc), top + height)
    .lineWidth(0.5)
    .strokeColor(rule)
    .stroke();
  doc.fillColor(ink);
  doc.x = margin.left;
  doc.y = top + height;
}

function writeReflections(doc: Doc, reflections: { prompt: string; response: string }[]) {
  for (const r of reflections) {
    ensureRoom(doc, 40);
    doc.x = margin.left;
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(ink)
      .text(t(r.prompt), { width: width(doc) });
    doc
      .font(r.response ? 'Helvetica' : 'Helvetica-Oblique')
      .fontSize(9)
      .fillColor(r.response ? ink : muted)
      .text(t(r.response || 'No response recorded.'), { width: width(doc) });
    doc.moveDown(0.5);
  }
}

function writeTeamRatings(doc: Doc, data: AssessmentExport) {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(14).fillColor(ink).text('Individual ratings');
  doc.moveDown(0.4);
  const byKey = new Map(data.results.items.map((i) => [i.key, i]));
  for (const entry of data.teamRatings ?? []) {
    const item = byKey.get(entry.itemKey);
    if (!item || entry.ratings.length === 0) continue;
    ensureRoom(doc, 50);
    doc.x = margin.left;
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(ink)
      .text(t(`${itemLabel(item)}  ${item.title}`), { width: width(doc) });
    for (const r of entry.ratings) {
      doc
        .font('Helvetica-Bold')
        .fontSize(8.5)
        .text(t(`${r.rater}: `), margin.left + 12, doc.y, { continued: true, width: width(doc) - 12 });
      doc.font('Helvetica').text(t(levelName(data, r.levelKey) || 'not rated'));
      for (const [label, text] of [
        ['Evidence', r.evidence],
        ['Notes', r.notes],
      ] as const) {
        if (text)
          doc
            .fillColor(muted)
            .text(t(`${label}: ${text}`), margin.left + 24, doc.y, { width: width(doc) - 24 })
            .fillColor(ink);
      }
    }
    doc.moveDown(0.4);
  }
}

function writeFooters(doc: Doc, data: AssessmentExport) {
  const range = doc.bufferedPageRange();
  const label = t(
    `${data.framework.shortTitle ?? data.framework.title} · ${data.framework.source.license} · ${data.organization.name}`,
  );
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin while the footer is written.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 34;
    doc.font('Helvetica').fontSize(7.5).fillColor(muted);
    doc.text(label, margin.left, y, { width: width(doc) - 80, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i + 1} of ${range.count}`, margin.left, y, {
      width: width(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}
