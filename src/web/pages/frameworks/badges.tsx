import { Badge, Group } from '@mantine/core';
import type { FrameworkSummary } from '../../../shared/schemas/framework';
import { useTranslation } from '../../i18n';

/** Light badge with shade-9 text; every colour used here keeps AA contrast that way. */
function StateBadge({ color, children }: { color: string; children: string }) {
  return (
    <Badge
      variant="light"
      color={color}
      c={`${color}.9`}
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}

/** Kind, status and (for an organization) availability, in light badges that keep AA contrast. */
export function FrameworkBadges({
  framework,
  withAvailability = true,
}: {
  framework: Pick<FrameworkSummary, 'kind' | 'status' | 'availability' | 'version'>;
  withAvailability?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <StateBadge color="gray">{t('frameworks.version', { version: framework.version })}</StateBadge>
      <StateBadge color="indigo">{t(`frameworks.kind.${framework.kind}`)}</StateBadge>
      <StateBadge color={framework.status === 'draft' ? 'grape' : 'throughline'}>
        {t(`frameworks.status.${framework.status}`)}
      </StateBadge>
      {withAvailability && framework.availability && (
        <StateBadge color={framework.availability === 'required' ? 'red' : 'blue'}>
          {t(`frameworks.availability.${framework.availability}`)}
        </StateBadge>
      )}
    </Group>
  );
}

/** "37 rated items", or for a taxonomy, which is not rated, "12 items". */
export function useItemCount() {
  const { t } = useTranslation();
  return (framework: Pick<FrameworkSummary, 'kind' | 'itemCount'>) =>
    framework.kind === 'taxonomy'
      ? t('frameworks.items', { count: framework.itemCount })
      : t('frameworks.ratedItems', { count: framework.itemCount });
}
