import { Select, Text } from '@mantine/core';
import type { MeasureProgress } from '../../../../shared/schemas/performance';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { useLinkMetric, useMetrics } from '../api';

/**
 * The catalogue metric whose observations are the measure's actuals: chosen here by those who edit the
 * plan, named for everyone else.
 */
export function LinkMetric({
  organizationId,
  measure,
  label,
}: {
  organizationId: string;
  measure: MeasureProgress;
  label: string;
}) {
  const { t } = useTranslation();
  const metrics = useMetrics(organizationId);
  const link = useLinkMetric(measure.planId);
  const linked = measure.metric;

  if (!measure.abilities.linkMetric)
    return (
      <Text size="sm">
        <Text span c="gray.7" fz="inherit">
          {t('performance.measures.metric')}:{' '}
        </Text>
        {linked ? `${linked.name} (${linked.code})` : t('performance.measures.noMetric')}
      </Text>
    );

  const options = (metrics.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }));
  if (linked && !options.some((o) => o.value === linked.id))
    options.push({ value: linked.id, label: `${linked.name} (${linked.code})` });
  return (
    <Select
      label={t('performance.measures.metric')}
      aria-label={t('performance.measures.metricFor', { measure: label })}
      description={
        link.isPending
          ? t('performance.measures.linking')
          : linked
            ? undefined
            : t('performance.measures.linkHelp')
      }
      placeholder={t('performance.measures.chooseMetric')}
      data={options}
      value={linked?.id ?? null}
      onChange={(metricId) => link.mutate({ measureId: measure.measureId, metricId })}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('performance.measures.unlink', { measure: label }) }}
      nothingFoundMessage={
        metrics.isPending ? (
          t('app.loading')
        ) : (
          <AnchorLink to="/o/$orgId/metrics" params={{ orgId: organizationId }} size="sm">
            {t('performance.measures.noMetrics')}
          </AnchorLink>
        )
      }
      error={link.error?.message}
      maw={480}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
