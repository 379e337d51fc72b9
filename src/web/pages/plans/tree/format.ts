import { i18n } from '../../../i18n';

// Building an Intl formatter is slow next to using one, and a plan tab formats hundreds of values.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const id = `${i18n.language}|${key}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = make();
    formatters.set(id, formatter);
  }
  return formatter as F;
}

/** Plan dates are calendar dates ("2026-09-30"): read and shown in UTC, so no time zone shifts the day. */
export function formatDate(date: string | null): string | null {
  if (!date) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const format = cached(
    'date',
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  return format.format(parsed);
}

export function formatMoney(amount: number | null): string | null {
  if (amount === null) return null;
  const whole = Number.isInteger(amount);
  const format = cached(
    whole ? 'money' : 'cents',
    () =>
      new Intl.NumberFormat(i18n.language, {
        style: 'currency',
        currency: i18n.t('planTree.currency'),
        maximumFractionDigits: whole ? 0 : 2,
      }),
  );
  return format.format(amount);
}

/** A long text cut for an option label; the full text stays on the page it comes from. */
export function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
