import { useTranslation } from '../../../i18n';

/** Dates in the reader's language; the API sends ISO strings. */
export function useFormat() {
  const { i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const precise = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(i18n.language);
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** With seconds, for telling apart two moments a minute apart or less. */
    preciseDateTime: (iso: string) => precise.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    number: (value: number) => number.format(value),
  };
}

/** For dates and short values that read badly when broken across lines. */
export const nowrap = { whiteSpace: 'nowrap' } as const;
