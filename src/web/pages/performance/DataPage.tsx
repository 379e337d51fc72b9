import { Select, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { AnchorLink } from '../../components/links';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { Section } from '../admin/common/Section';
import { ButtonLink } from '../assessments/links';
import { useMetrics, useObservations } from './api';
import { EntryGrid } from './EntryGrid';
import { ObservationChart } from './ObservationChart';
import { ObservationTable } from './ObservationTable';
import { OrganizationFrame } from './OrganizationFrame';

/** One metric's figures for this organization: a chart, the table behind it, and entry by hand. */
export default function DataPage() {
  const { t } = useTranslation();
  return (
    <OrganizationFrame
      title={t('performance.data.title')}
      description={t('performance.data.intro')}
      actions={(org) => (
        <>
          <ButtonLink variant="default" to="/o/$orgId/metrics" params={{ orgId: org.id }}>
            {t('performance.data.catalogue')}
          </ButtonLink>
          {org.abilities.writePlan && (
            <ButtonLink variant="default" to="/o/$orgId/data/import" params={{ orgId: org.id }}>
              {t('performance.data.import')}
            </ButtonLink>
          )}
        </>
      )}
    >
      {(org) => <MetricData organization={org} />}
    </OrganizationFrame>
  );
}

function MetricData({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { metricId } = useSearch({ from: '/signed-in/o/$orgId/data' });
  const metrics = useMetrics(organization.id);
  const observations = useObservations(organization.id, metricId);

  if (metrics.isPending) return <Loading />;
  if (metrics.error) return <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />;
  if (metrics.data.items.length === 0)
    return (
      <Notice color="gray" title={t('performance.data.noMetricsTitle')}>
        <Text size="sm">{t('performance.data.noMetrics', { organization: organization.name })}</Text>
        <AnchorLink to="/o/$orgId/metrics" params={{ orgId: organization.id }} size="sm">
          {t('performance.data.openCatalogue')}
        </AnchorLink>
      </Notice>
    );

  const metric = metrics.data.items.find((m) => m.id === metricId);
  return (
    <Stack gap="lg">
      <Select
        label={t('performance.data.metric')}
        placeholder={t('performance.data.metricPlaceholder')}
        data={metrics.data.items.map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }))}
        value={metric?.id ?? null}
        onChange={(value) =>
          void navigate({
            to: '/o/$orgId/data',
            params: { orgId: organization.id },
            search: value ? { metricId: value } : {},
            replace: true,
          })
        }
        searchable
        nothingFoundMessage={t('performance.data.noMatch')}
        maw={520}
        comboboxProps={{ withinPortal: true }}
      />
      {metricId && !metric && (
        <Notice color="gray" role="status">
          {t('performance.data.unknownMetric')}
        </Notice>
      )}
      {metric && (
        <>
          <Section
            id="data-over-time"
            title={t('performance.data.overTime', { name: metric.name })}
            intro={metric.description ?? undefined}
          >
            {observations.isPending ? (
              <Loading />
            ) : observations.error ? (
              <ErrorState error={observations.error} onRetry={() => observations.refetch()} />
            ) : observations.data.items.length === 0 ? (
              <Text c="gray.7">{t('performance.data.none', { organization: organization.name })}</Text>
            ) : (
              <>
                <ObservationChart metric={metric} observations={observations.data.items} />
                <ObservationTable metric={metric} observations={observations.data.items} />
              </>
            )}
          </Section>
          {organization.abilities.writePlan && (
            <Section
              id="data-entry"
              title={t('performance.entry.title')}
              intro={t('performance.entry.intro')}
            >
              <EntryGrid
                key={metric.id}
                organizationId={organization.id}
                metric={metric}
                observations={observations.data?.items ?? []}
              />
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}
