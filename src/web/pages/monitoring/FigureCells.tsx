import { List, Text } from '@mantine/core';
import type { CauseAndAdjustment } from '../../../shared/schemas/monitoring';
import { useTranslation } from '../../i18n';
import { monthLabel, semesterParts } from './periods';

/** A list of short texts; when there are none, `none` if given, else nothing (another line already speaks). */
export function Lines({ items, none }: { items: string[]; none?: string }) {
  if (items.length === 0) return none === undefined ? null : <Text size="sm">{none}</Text>;
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/**
 * The causes and adjustments behind the figures, each under the item and period it was reported for. `texts`
 * is where the page keeps `causeOf`, `cause` and `adjustment`; `none` is said when there are none.
 */
export function Causes({ items, texts, none }: { items: CauseAndAdjustment[]; texts: string; none: string }) {
  const { t, i18n } = useTranslation();
  // Monthly reports name a month; semester reviews a semester.
  const periodName = (period: string) =>
    /^\d{4}-S[12]$/.test(period)
      ? t('monitoring.periods.semester', semesterParts(period))
      : monthLabel(period, i18n.language);
  if (items.length === 0) return <Text size="sm">{none}</Text>;
  return (
    <List size="sm" spacing={6}>
      {items.map((item) => (
        <List.Item key={`${item.itemId}-${item.period}`}>
          <Text span size="sm" fw={600}>
            {t(`${texts}.causeOf`, { number: item.number, period: periodName(item.period) })}
            {item.status
              ? ` · ${t(`monitoring.statuses.${item.status}`, { defaultValue: item.status })}`
              : ''}
          </Text>
          {item.cause && <Text size="sm">{t(`${texts}.cause`, { text: item.cause })}</Text>}
          {item.adjustment && <Text size="sm">{t(`${texts}.adjustment`, { text: item.adjustment })}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
