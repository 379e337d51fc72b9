import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';

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
