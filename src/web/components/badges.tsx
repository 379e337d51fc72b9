import { Badge } from '@mantine/core';
import type { EssaStatus, OrganizationKind } from '../../shared/roles';
import { useTranslation } from '../i18n';

// Light badges use shade 9 text on shade 1; these colours all keep that above 4.5:1.
const essaColors: Record<EssaStatus, string> = { csi: 'red', tsi: 'grape', atsi: 'indigo', none: 'gray' };

export function KindBadge({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="throughline" variant="light" tt="none">
      {t(`app.kinds.${kind}`)}
    </Badge>
  );
}

/** Shown only when a school or district is identified for support; "none" needs no badge. */
export function EssaBadge({ status }: { status: EssaStatus }) {
  const { t } = useTranslation();
  if (status === 'none') return null;
  return (
    <Badge color={essaColors[status]} variant="light" tt="none" title={t(`app.essaLong.${status}`)}>
      {t(`app.essa.${status}`)}
    </Badge>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="light" tt="none">
      {t('directory.archived')}
    </Badge>
  );
}
