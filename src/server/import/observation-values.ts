import { observationValueLimit } from '../../shared/schemas/performance';

/**
 * Reading the cells of an observations file. Spreadsheets write periods and numbers in several ways, so
 * each reader accepts the common spellings and answers with the one form the API stores, or a reason.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const periodHelp = 'Use a school year like 2026, a quarter like 2026-Q2 or a month like 2026-11.';

/**
 * A period: '2026' (the school year 2026–27, also written '2026-27' or '2026–27'), a quarter '2026-Q2'
 * ('2026 Q2', '2026Q2'), or a month '2026-11' ('2026/11', '2026-1'). Two digits after a dash are a month
 * when 1–12, and the next school year's end when they follow on from the first year.
 */
export function readPeriod(text: string): Read<string> {
  const cell = text.trim().toUpperCase();
  if (cell === '') return { ok: false, message: `Missing period. ${periodHelp}` };
  let match = /^(\d{4})$/.exec(cell);
  if (match) return { ok: true, value: match[1] };
  match = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(cell);
  if (match) return { ok: true, value: `${match[1]}-Q${match[2]}` };
  match = /^(\d{4})\s*[-/]\s*(\d{1,2})$/.exec(cell);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12)
      return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}` };
  }
  match = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(cell);
  if (match && Number(match[2]) % 100 === (Number(match[1]) + 1) % 100) return { ok: true, value: match[1] };
  return { ok: false, message: `"${text.trim()}" is not a period. ${periodHelp}` };
}

/**
 * A number as people type it: '45.2', '-3', '45.2%' (the percent sign is dropped: values of a percent metric
 * are stored as 45.2), '1,234.5' with thousands separators.
 */
export function readValue(text: string): Read<number> {
  const cell = text.trim();
  if (cell === '') return { ok: false, message: 'Missing value.' };
  let plain = cell.replace(/\s*%$/, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replaceAll(',', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) {
    return { ok: false, message: `"${cell}" is not a number.` };
  }
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) >= observationValueLimit) {
    return {
      ok: false,
      message: `${cell} is too large: values must be below ${observationValueLimit.toExponential()}.`,
    };
  }
  return { ok: true, value };
}

/** Breakdowns are labels such as "Grade 7": compared and stored with single spaces and no padding. */
export function normalizeBreakdown(text: string | null | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}
