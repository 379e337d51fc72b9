import PDFDocument from 'pdfkit';
import type { Block, Cell, Column, PlanDocument, Run } from './document-blocks';
import { pdfSafe as t } from './pdf-text';

type Doc = PDFKit.PDFDocument;

const ink = '#1f2933';
const muted = '#52606d';
const rule = '#9aa5b1';
const headFill = '#e8eef4';
const labelFill = '#f5f7fa';
const accent = '#1f4e79';
const margin = { top: 54, bottom: 54, left: 48, right: 48 };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
const body = 9.5;
const cellSize = 8.5;
const pad = 4;

export type PdfOptions = {
  /** Compressed by default; tests turn it off to read the text back. */
  compress?: boolean;
};

/** The plan as a printable document: every block of the layout in order, tables that wrap and split across pages. */
export function renderPlanPdf(plan: PlanDocument, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: margin,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: t(plan.title), Author: t(plan.author), Subject: t(plan.subject), Creator: 'Throughline' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  blocks(doc, plan.blocks);
  writeFooters(doc, plan.footer);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - margin.left - margin.right;
const bottom = (doc: Doc) => doc.page.height - margin.bottom;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function blocks(doc: Doc, list: Block[]) {
  list.forEach((block, i) => {
    doc.x = margin.left;
    switch (block.kind) {
      case 'title':
        doc
          .font(fonts.bold)
          .fontSize(20)
          .fillColor(accent)
          .text(t(block.text), { width: width(doc) });
        doc.moveDown(0.3);
        break;
      case 'heading':
        heading(doc, block.level, block.text, leadIn(doc, list, i + 1));
        break;
      case 'paragraph':
        paragraph(doc, block.runs, margin.left, width(doc), block.tone === 'muted' ? muted : ink);
        doc.moveDown(0.4);
        break;
      case 'list':
        for (const item of block.items) {
          ensureRoom(doc, 24);
          const y = doc.y;
          doc.font(fonts.regular).fontSize(body).fillColor(ink);
          doc.text(t(item.label), margin.left + 6, y, { width: 18, lineBreak: false });
          doc.y = y;
          paragraph(doc, item.runs, margin.left + 24, width(doc) - 24, ink);
          doc.moveDown(0.2);
        }
        doc.moveDown(0.3);
        break;
      case 'fields':
      case 'table':
        table(doc, layTable(doc, tableOf(block)));
        break;
    }
  });
}

type TableSpec = { columns: Column[]; rows: Cell[][]; header: boolean; labelColumn: boolean };

/** Label and value pairs are a two-column table without a header, the labels shaded like the template's blanks. */
function tableOf(block: Extract<Block, { kind: 'table' | 'fields' }>): TableSpec {
  if (block.kind === 'table')
    return { columns: block.columns, rows: block.rows, header: true, labelColumn: false };
  return {
    columns: [
      { header: '', width: 1 },
      { header: '', width: 2.4 },
    ],
    rows: block.rows.map((r) => [{ text: r.label, bold: true }, { text: r.value }]),
    header: false,
    labelColumn: true,
  };
}

const headingSizes = { 1: 15, 2: 12.5, 3: 11, 4: 10 } as const;

/**
 * How much of what follows a heading must share its page: the short paragraphs between it and a table together with
 * the table's first rows, else its first paragraph. A heading never ends a page alone.
 */
function leadIn(doc: Doc, list: Block[], from: number): number {
  const heights: number[] = [];
  for (let i = from; i < list.length && i < from + 3; i++) {
    const next = list[i];
    if (next.kind === 'table' || next.kind === 'fields')
      return heights.reduce((a, b) => a + b, 0) + layTable(doc, tableOf(next)).start;
    if (next.kind !== 'paragraph') break;
    doc.font(fonts.regular).fontSize(body);
    const height = doc.heightOfString(t(next.runs.map((r) => r.text).join('')), { width: width(doc) }) + 6;
    if (height > 60) break;
    heights.push(height);
  }
  return Math.max(heights[0] ?? 0, 28);
}

function heading(doc: Doc, level: 1 | 2 | 3 | 4, text: string, following: number) {
  ensureRoom(doc, (level === 1 ? 46 : 30) + following);
  if (level === 1 && doc.y > margin.top + 4) doc.moveDown(0.8);
  else if (doc.y > margin.top + 4) doc.moveDown(level === 2 ? 0.5 : 0.3);
  doc.x = margin.left;
  doc
    .font(fonts.bold)
    .fontSize(headingSizes[level])
    .fillColor(level <= 2 ? accent : ink)
    .text(t(text), { width: width(doc) });
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(margin.left, y)
      .lineTo(margin.left + width(doc), y)
      .lineWidth(1)
      .strokeColor(accent)
      .stroke();
    doc.y = y + 6;
  } else {
    doc.moveDown(0.25);
  }
  doc.fillColor(ink);
}

function fontOf(style: { bold?: boolean; italic?: boolean }) {
  return style.bold ? fonts.bold : style.italic ? fonts.italic : fonts.regular;
}

function paragraph(doc: Doc, runs: Run[], x: number, w: number, color: string) {
  doc.fillColor(color).fontSize(body);
  runs.forEach((run, i) => {
    doc.font(fontOf(run));
    const options = { width: w, continued: i < runs.length - 1, lineGap: 1.5 };
    if (i === 0) doc.text(t(run.text), x, doc.y, options);
    else doc.text(t(run.text), options);
  });
  doc.x = margin.left;
}

/** Breaks text into lines that fit `room` at the current font: at spaces, and inside a word only when it alone is too wide. */
export function wrapLines(doc: Doc, text: string, room: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= room) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (doc.widthOfString(rest) > room) {
        let cut = rest.length - 1;
        while (cut > 1 && doc.widthOfString(rest.slice(0, cut)) > room) cut--;
        // Prefer the break a reader expects: after a slash or a hyphen, as in "Resources/ Budget".
        const soft = Math.max(rest.lastIndexOf('/', cut - 1), rest.lastIndexOf('-', cut - 1));
        if (soft > 0) cut = soft + 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

type Laid = { lines: string[]; font: string; indent: number };

type TableLayout = ReturnType<typeof layTable>;

/** Column widths, wrapped header, and the height the table needs to start on a page: its header and first row. */
function layTable(doc: Doc, spec: TableSpec) {
  const total = spec.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = spec.columns.map((c) => (c.width / total) * width(doc));
  doc.fontSize(cellSize);
  const lineHeight = doc.currentLineHeight(true) + 1.5;
  const lay = (cells: Cell[]): Laid[] =>
    cells.map((c, i) => {
      const indent = c.indent ? 10 : 0;
      const font = fontOf(c);
      doc.font(font).fontSize(cellSize);
      return { lines: wrapLines(doc, t(c.text), widths[i] - 2 * pad - indent), font, indent };
    });
  const lineCount = (cells: Laid[]) => Math.max(1, ...cells.map((c) => c.lines.length));
  const header = spec.header ? lay(spec.columns.map((c) => ({ text: c.header, bold: true }))) : null;
  const headerHeight = header ? lineCount(header) * lineHeight + 2 * pad : 0;
  const roomIn = (space: number) => Math.floor((space - 2 * pad) / lineHeight);
  // Lines a row may use on a page that starts with the header.
  const fresh = roomIn(bottom(doc) - margin.top - headerHeight);
  const first = spec.rows.length ? lineCount(lay(spec.rows[0])) : 0;
  const start = headerHeight + (first > fresh ? 3 : first) * lineHeight + 2 * pad;
  return { spec, widths, lineHeight, lay, lineCount, header, headerHeight, roomIn, fresh, start };
}

function table(doc: Doc, layout: TableLayout) {
  const { spec, widths, lineHeight, lay, lineCount, header, roomIn, fresh } = layout;
  const drawRow = (cells: Laid[], from: number, count: number, fill: (i: number) => string | null) => {
    const top = doc.y;
    const height = count * lineHeight + 2 * pad;
    let x = margin.left;
    cells.forEach((c, i) => {
      const color = fill(i);
      if (color) doc.rect(x, top, widths[i], height).fill(color);
      doc.font(c.font).fontSize(cellSize).fillColor(ink);
      c.lines.slice(from, from + count).forEach((line, n) => {
        doc.text(line, x + pad + c.indent, top + pad + n * lineHeight, { lineBreak: false });
      });
      doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor(rule).stroke();
      x += widths[i];
    });
    doc.x = margin.left;
    doc.y = top + height;
  };
  const drawHeader = () => {
    if (header) drawRow(header, 0, lineCount(header), () => headFill);
  };
  const cellFill = (i: number) => (spec.labelColumn && i === 0 ? labelFill : null);

  ensureRoom(doc, layout.start);
  drawHeader();
  for (const row of spec.rows) {
    const cells = lay(row);
    const need = lineCount(cells);
    let done = 0;
    while (done < need) {
      const remaining = need - done;
      const room = roomIn(bottom(doc) - doc.y);
      // Start a fresh page when the rest would fit there whole, or when only a sliver is left here.
      if (remaining > room && (remaining <= fresh || room < 3)) {
        doc.addPage();
        drawHeader();
        continue;
      }
      const take = Math.min(remaining, room);
      drawRow(cells, done, take, cellFill);
      done += take;
      if (done < need) {
        doc.addPage();
        drawHeader();
      }
    }
  }
  doc.moveDown(0.6);
}

function writeFooters(doc: Doc, footer: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin while the footer is written.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 34;
    doc.font(fonts.regular).fontSize(7.5).fillColor(muted);
    doc.text(t(footer), margin.left, y, { width: width(doc) - 80, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i + 1} of ${range.count}`, margin.left, y, {
      width: width(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}
