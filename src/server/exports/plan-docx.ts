import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Cell, Column, PlanDocument, Run } from './document-blocks';

// Lengths in twentieths of a point: US Letter with 0.75 inch margins leaves 10,080 for the text.
const pageWidth = 12240;
const pageMargin = 1080;
const textWidth = pageWidth - 2 * pageMargin;
const font = 'Calibri';
const ink = '1F2933';
const muted = '52606D';
const accent = '1F4E79';
const rule = '9AA5B1';
const headFill = 'E8EEF4';
const labelFill = 'F5F7FA';

const headings = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** Characters XML 1.0 cannot hold; typed text rarely has them, but one would make Word refuse the file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (text: string) => text.replace(invalidXml, '');

/** The plan as a Word document: real headings, real tables whose header rows repeat on every page. */
export async function renderPlanDocx(plan: PlanDocument): Promise<Buffer> {
  const document = new Document({
    title: clean(plan.title),
    subject: clean(plan.subject),
    creator: clean(plan.author),
    lastModifiedBy: 'Throughline',
    styles: {
      default: {
        document: { run: { font, size: 20, color: ink }, paragraph: { spacing: { after: 80, line: 264 } } },
        title: { run: { font, size: 40, bold: true, color: accent }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font, size: 30, bold: true, color: accent },
          paragraph: {
            spacing: { before: 360, after: 120 },
            keepNext: true,
            border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 2 } },
          },
        },
        heading2: {
          run: { font, size: 25, bold: true, color: accent },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { font, size: 22, bold: true, color: ink },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
        heading4: {
          run: { font, size: 20, bold: true, italics: false, color: ink },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: 15840 },
            margin: { top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin },
          },
        },
        footers: { default: footer(plan.footer) },
        children: plan.blocks.flatMap(block),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer(label: string) {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: textWidth }],
        children: [
          new TextRun({ text: clean(label), size: 15, color: muted }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 15,
            color: muted,
          }),
        ],
      }),
    ],
  });
}

/** A run per line: Word ignores a line feed inside a run's text, so breaks are written as breaks. */
function runs(list: Run[], extra: { color?: string; size?: number } = {}): TextRun[] {
  return list.flatMap((run) =>
    clean(run.text)
      .split('\n')
      .map(
        (line, i) =>
          new TextRun({ text: line, bold: run.bold, italics: run.italic, break: i > 0 ? 1 : 0, ...extra }),
      ),
  );
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs([{ text: b.text }]) })];
    case 'heading':
      return [new Paragraph({ heading: headings[b.level], children: runs([{ text: b.text }]) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.runs, b.tone === 'muted' ? { color: muted } : {}) })];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            indent: { left: 440, hanging: 300 },
            tabStops: [{ type: 'left', position: 440 }],
            spacing: { after: 60 },
            children: [new TextRun({ text: `${item.label}\t` }), ...runs(item.runs)],
          }),
      );
    case 'fields':
      return [
        table(
          [
            { header: '', width: 1 },
            { header: '', width: 2.4 },
          ],
          b.rows.map((r) => [{ text: r.label, bold: true }, { text: r.value }]),
          false,
        ),
        spacer(),
      ];
    case 'table':
      return [table(b.columns, b.rows, true), spacer()];
  }
}

/** Word runs two tables together unless a paragraph sits between them. */
const spacer = () => new Paragraph({ spacing: { after: 60 }, children: [] });

const border = { style: BorderStyle.SINGLE, size: 4, color: rule };

function table(columns: Column[], rows: Cell[][], header: boolean): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * textWidth));
  const row = (cells: Cell[], kind: 'header' | 'body') =>
    new TableRow({
      // Body rows carry no header flag at all: some readers take any flag, even "off", for a header row.
      ...(kind === 'header' ? { tableHeader: true, cantSplit: true } : {}),
      children: cells.map((c, i) => {
        const fill = kind === 'header' ? headFill : !header && i === 0 ? labelFill : null;
        return new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          margins: { top: 50, bottom: 50, left: 90, right: 90 },
          shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
          children: [
            new Paragraph({
              spacing: { after: 0, line: 252 },
              alignment: AlignmentType.LEFT,
              indent: c.indent ? { left: 200 } : undefined,
              children: runs([{ text: c.text, bold: c.bold || kind === 'header', italic: c.italic }], {
                size: 17,
              }),
            }),
          ],
        });
      }),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      ...(header
        ? [
            row(
              columns.map((c) => ({ text: c.header })),
              'header',
            ),
          ]
        : []),
      ...rows.map((r) => row(r, 'body')),
    ],
  });
}
