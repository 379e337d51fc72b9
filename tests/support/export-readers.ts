import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Every sheet of a workbook with its cell values as text, row by row. */
export async function readWorkbook(bytes: ArrayBuffer | Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    sheets[sheet.name] = rows;
  });
  return { sheets, text: Object.values(sheets).flat(2).join('\n') };
}

// The Windows-1252 codes from 0x80 to 0x9f that differ from Latin-1.
const cp1252: Record<number, string> = {
  128: '€',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
  155: '›',
};

function decodeHex(hex: string) {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = Number.parseInt(hex.slice(i, i + 2), 16);
    out += cp1252[code] ?? String.fromCharCode(code);
  }
  return out;
}

/**
 * The text of a PDF written with the standard fonts: each content stream is inflated when compressed, and the
 * hex strings of its text operators are decoded, one line per operator. Enough to check what a report says.
 */
export function readPdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const body = Buffer.from(m[1], 'latin1');
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      content = m[1];
    }
    const ops = /\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let op = ops.exec(content); op; op = ops.exec(content)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [op[2]];
      lines.push(hexes.map(decodeHex).join(''));
    }
  }
  return lines.join('\n');
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : xmlEntities[e],
  );

/** A paragraph's text: its runs' text, with tabs and breaks as spaces and new lines. */
function paragraphText(xml: string) {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    out += m[1] !== undefined ? unescapeXml(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

export type DocxTable = { headerRows: number; rows: string[][] };

/**
 * What a Word file says: the body's paragraphs in order with their style ids ("Heading1", "" for plain text), its
 * tables as rows of cell text (and how many leading rows repeat as headers), the document properties, and the raw
 * XML parts for anything else.
 */
export async function readDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const xml = await part('word/document.xml');
  const core = await part('docProps/core.xml');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs = [...body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]*)"\/>/.exec(m[1])?.[1] ?? '',
    text: paragraphText(m[1]),
  }));
  const tables: DocxTable[] = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...t[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1]);
    const header = rows.findIndex((r) => !/<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/.test(r));
    return {
      headerRows: header === -1 ? rows.length : header,
      rows: rows.map((r) =>
        [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
          [...c[1].matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)]
            .map((p) => paragraphText(p[1]))
            .join('\n'),
        ),
      ),
    };
  });
  const property = (name: string) =>
    unescapeXml(new RegExp(`<${name}>([^<]*)</${name}>`).exec(core)?.[1] ?? '');
  return {
    xml,
    footer: await part('word/footer1.xml'),
    paragraphs,
    tables,
    text: paragraphs.map((p) => p.text).join('\n'),
    properties: {
      title: property('dc:title'),
      creator: property('dc:creator'),
      subject: property('dc:subject'),
    },
  };
}
