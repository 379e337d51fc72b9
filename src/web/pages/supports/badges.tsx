import { Badge } from '@mantine/core';
import type { SupportStatus } from '../../../shared/schemas/monitoring-enums';
import { useTranslation } from '../../i18n';

// Light badges show shade 9 text on shade 1; these colours all keep that above 4.5:1.
const statusColors: Record<SupportStatus, string> = {
  requested: 'indigo',
  accepted: 'grape',
  declined: 'red',
  provided: 'throughline',
  closed: 'gray',
};

/** A support's status in words, so the colour is never the only signal. */
export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" style={{ minWidth: 'max-content' }}>
      {t(`supports.statuses.${status}`)}
    </Badge>
  );
}
