import { NativeSelect } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReportingCalendar } from '../../../shared/schemas/monitoring';
import { useTranslation } from '../../i18n';
import { localToday, quarterChoices, quarterParts, withChosen } from './periods';

/** The quarter a page shows, kept in the address (`period`) so a reload or a shared link shows the same one. */
export function QuarterSelect({
  label,
  calendar,
  period,
}: {
  label: string;
  calendar: ReportingCalendar;
  /** The quarter asked for, else the one the server answered with; none while it loads. */
  period: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const quarters = withChosen(quarterChoices(calendar, localToday()), period);
  return (
    <NativeSelect
      label={label}
      value={period ?? ''}
      onChange={(event) =>
        navigate({
          to: '.',
          search: { period: event.currentTarget.value },
          replace: true,
          resetScroll: false,
        })
      }
      data={quarters.map((q) => ({
        value: q,
        label: t('monitoring.periods.quarterLong', quarterParts(calendar, q, i18n.language)),
      }))}
      w={280}
    />
  );
}
