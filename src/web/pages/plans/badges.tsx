import { Badge } from '@mantine/core';
import type { PlanStatus } from '../../../shared/schemas/plan-enums';
import { useTranslation } from '../../i18n';

// Light badges show shade 9 text on shade 1; gray, indigo and the primary colour keep that above 4.5:1.
const statusColors: Record<PlanStatus, string> = {
  draft: 'gray',
  awaiting_signatures: 'indigo',
  signed: 'throughline',
};

/** A plan's status in words, so the colour is never the only signal. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`plans.statuses.${status}`)}
    </Badge>
  );
}
