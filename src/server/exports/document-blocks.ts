/**
 * A document as a list of blocks that both the Word and the PDF renderer walk, so the two files always say the
 * same thing in the same order; and the small formatting rules (dates, money, empty cells) every section shares.
 */
export type PlanDocument = {
  title: string;
  subject: string;
  author: string;
  /** Printed at the foot of every page beside the page number. */
  footer: string;
  blocks: Block[];
};

export type Run = { text: string; bold?: boolean; italic?: boolean };
export type Cell = { text: string; bold?: boolean; italic?: boolean; indent?: boolean };
/** `width` is a share of the table's width, not a length: the renderers scale it to their page. */
export type Column = { header: string; width: number };

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; runs: Run[]; tone?: 'muted' }
  | { kind: 'list'; items: { label: string; runs: Run[] }[] }
  /** Label and value pairs, like the template's at-a-glance blanks. */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] };

export const dash = '—';

export const monthDay = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-09-30" or a timestamp → "Sep 30, 2026". Plan dates are calendar dates, so they are read in UTC. */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : monthDay.format(date);
}

export const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
export const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});
export const money = (amount: number) => (Number.isInteger(amount) ? dollars : cents).format(amount);

export function timeline(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `By ${formatDate(end)}`;
  return dash;
}

export function budget(amount: number | null, source: string | null): string {
  const parts = [amount === null ? null : money(amount), source];
  return parts.filter(Boolean).join('\n') || dash;
}

export const or = (value: string | null | undefined) => (value?.trim() ? value : dash);
export const text = (value: string | null | undefined, fallback: string): Run =>
  value?.trim() ? { text: value } : { text: fallback, italic: true };
export const labelled = (
  label: string,
  value: string | null | undefined,
  fallback = 'Not recorded.',
): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, text(value, fallback)],
});
export const note = (message: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: message, italic: true }],
  tone: 'muted',
});
/** A cell with nothing to say shows a dash; an empty string is a deliberate blank, as under a spanned label. */
export const cell = (value: string | null | undefined, style: Omit<Cell, 'text'> = {}): Cell => ({
  text: value === '' ? '' : or(value),
  ...style,
});
