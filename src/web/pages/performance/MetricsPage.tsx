import { Button, Group, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { MetricKind } from '../../../shared/schemas/monitoring-enums';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { Metric } from '../../../shared/schemas/performance';
import { PlusIcon } from '../../components/icons';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { Section } from '../admin/common/Section';
import { StatusMessage } from '../admin/common/StatusMessage';
import { ButtonLink } from '../assessments/links';
import { useMetrics } from './api';
import { MetricDialog } from './MetricDialog';
import { MetricTable } from './MetricTable';
import { OrganizationFrame } from './OrganizationFrame';

/** The metric catalogue: what the organization measures, defined here or by the organizations above it. */
export default function MetricsPage() {
  const { t } = useTranslation();
  return (
    <OrganizationFrame
      title={t('performance.metrics.title')}
      description={t('performance.metrics.intro')}
      actions={(org) =>
        org.abilities.writePlan && (
          <>
            <ButtonLink variant="default" to="/o/$orgId/data" params={{ orgId: org.id }}>
              {t('performance.metrics.enterData')}
            </ButtonLink>
            <ButtonLink variant="default" to="/o/$orgId/data/import" params={{ orgId: org.id }}>
              {t('performance.metrics.import')}
            </ButtonLink>
          </>
        )
      }
    >
      {(org) => <Catalogue organization={org} />}
    </OrganizationFrame>
  );
}

function Catalogue({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MetricKind | 'all'>('all');
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<Metric | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const metrics = useMetrics(organization.id, archived);
  const canCreate = organization.abilities.update === true;
  const shown = metrics.data?.items.filter((m) => kind === 'all' || m.kind === kind) ?? [];

  return (
    <Section id="metrics-catalogue" title={t('performance.metrics.catalogue')}>
      <Text c="gray.7">{t('performance.metrics.catalogueIntro', { organization: organization.name })}</Text>
      <Group justify="space-between" align="flex-end" gap="md">
        <Group gap="lg" align="center">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="metric-kind-label">
              {t('performance.metrics.kindFilter')}
            </Text>
            <SegmentedControl
              aria-labelledby="metric-kind-label"
              value={kind}
              onChange={(value) => setKind(value as MetricKind | 'all')}
              data={[
                { value: 'all', label: t('performance.metrics.allKinds') },
                { value: 'leading', label: t('performance.kinds.leading') },
                { value: 'lagging', label: t('performance.kinds.lagging') },
              ]}
            />
          </Stack>
          <Switch
            label={t('performance.metrics.showArchived')}
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
            mt="lg"
          />
        </Group>
        {canCreate && (
          <Button leftSection={<PlusIcon />} onClick={() => setEditing('new')}>
            {t('performance.metrics.new')}
          </Button>
        )}
      </Group>
      {saved && <StatusMessage onClose={() => setSaved(null)}>{saved}</StatusMessage>}
      {metrics.isPending ? (
        <Loading />
      ) : metrics.error ? (
        <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
      ) : shown.length === 0 ? (
        <Text c="gray.7">
          {metrics.data.items.length === 0
            ? t(canCreate ? 'performance.metrics.emptyCreate' : 'performance.metrics.empty', {
                organization: organization.name,
              })
            : t('performance.metrics.noneOfKind')}
        </Text>
      ) : (
        <MetricTable organization={organization} metrics={shown} onEdit={setEditing} onSaved={setSaved} />
      )}
      <MetricDialog
        organizationId={organization.id}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(metric, created) => {
          setEditing(null);
          setSaved(
            t(created ? 'performance.metrics.created' : 'performance.metrics.saved', {
              name: metric.name,
            }),
          );
        }}
      />
    </Section>
  );
}
