import { Badge } from '@mantine/core';
import type { ActionStatus } from '../../../shared/schemas/monitoring-enums';
import { useTranslation } from '../../i18n';

// Light badges keep their text above 4.5:1 in these colours; orange and yellow do not, so "at risk" uses
// grape and the word carries the meaning.
const statusColors: Record<ActionStatus, string> = {
  not_started: 'gray',
  on_track: 'throughline',
  at_risk: 'grape',
  behind: 'red',
  completed: 'indigo',
  cancelled: 'gray',
};

/** An action's reported status in words, so the colour is never the only signal. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`monitoring.statuses.${status}`)}
    </Badge>
  );
}

/** Whether this month's report is in, missing, or missing past its due date. */
export function ReportStateBadge({ reported, late }: { reported: boolean; late: boolean }) {
  const { t } = useTranslation();
  const state = reported ? 'reported' : late ? 'late' : 'missing';
  // A filled badge for the one state that needs attention; red.9 keeps white text above 4.5:1.
  const color = { reported: 'throughline', late: 'red.9', missing: 'gray' }[state];
  return (
    <Badge color={color} variant={state === 'late' ? 'filled' : 'light'} tt="none">
      {t(`monitoring.status.state.${state}`)}
    </Badge>
  );
}
