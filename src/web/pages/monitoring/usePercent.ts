import { useTranslation } from '../../i18n';

/** Percentages as the figures give them (one decimal), and a dash when nothing was in scope. */
export function usePercent() {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (value: number | null) =>
    value === null ? t('monitoring.figures.none') : `${format.format(value)} %`;
}

/** Budget amounts: whole units unless cents were given. */
export function useAmount() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (value: number) => format.format(value);
}
