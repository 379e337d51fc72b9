import { Badge } from '@mantine/core';
import type { MeasureStanding } from '../../../../shared/schemas/performance';
import { useTranslation } from '../../../i18n';

// Light badges show shade 9 text on shade 1; these colours keep that above 4.5:1.
const colors: Record<MeasureStanding, string> = {
  met: 'throughline',
  on_track: 'indigo',
  off_track: 'red',
  no_data: 'gray',
  not_due: 'gray',
};
const marks: Record<MeasureStanding, string> = {
  met: '✓',
  on_track: '↗',
  off_track: '!',
  no_data: '–',
  not_due: '·',
};

/** A measure's standing for a year in words with a mark, so the colour is never the only signal. */
export function StandingBadge({ standing }: { standing: MeasureStanding }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[standing]} tt="none" style={{ minWidth: 'max-content' }}>
      <span aria-hidden="true">{marks[standing]} </span>
      {t(`performance.standing.${standing}`)}
    </Badge>
  );
}
