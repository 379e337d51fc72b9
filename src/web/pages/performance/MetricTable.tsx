import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { Metric } from '../../../shared/schemas/performance';
import { AnchorLink } from '../../components/links';
import { useTranslation } from '../../i18n';
import { nowrap } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { ScrollTable } from '../assessments/ScrollTable';
import { useUpdateMetric } from './api';

/** The catalogue as a table, with entering data, editing and archiving where the caller may. */
export function MetricTable({
  organization,
  metrics,
  onEdit,
  onSaved,
}: {
  organization: OrganizationDetail;
  metrics: Metric[];
  onEdit: (metric: Metric) => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMetric(organization.id);
  const archive = (metric: Metric) =>
    update.mutate(
      { id: metric.id, version: metric.version, archived: !metric.archived },
      {
        onSuccess: () =>
          onSaved(
            t(metric.archived ? 'performance.metrics.restored' : 'performance.metrics.archivedDone', {
              name: metric.name,
            }),
          ),
      },
    );

  return (
    <>
      {update.error && (
        <Notice color="red" role="alert">
          {update.error.message}
        </Notice>
      )}
      <ScrollTable
        caption={t('performance.metrics.caption', { organization: organization.name })}
        minWidth={860}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={220}>
              {t('performance.metrics.metric')}
            </Table.Th>
            <Table.Th scope="col">{t('performance.metrics.kind')}</Table.Th>
            <Table.Th scope="col">{t('performance.metrics.unit')}</Table.Th>
            <Table.Th scope="col">{t('performance.metrics.better')}</Table.Th>
            <Table.Th scope="col">{t('performance.metrics.dataSource')}</Table.Th>
            <Table.Th scope="col">{t('performance.metrics.definedBy')}</Table.Th>
            <Table.Th scope="col">{t('performance.metrics.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {metrics.map((metric) => (
            <Table.Tr key={metric.id}>
              <Table.Th scope="row" fw={400} maw={340}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {metric.name}
                  </Text>
                  {metric.archived && (
                    <Badge color="gray" tt="none">
                      {t('performance.metrics.archived')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="gray.7" ff="monospace">
                  {metric.code}
                </Text>
                {metric.description && (
                  <Text size="sm" c="gray.7" mt={4}>
                    {metric.description}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{t(`performance.kinds.${metric.kind}`)}</Table.Td>
              <Table.Td>{t(`performance.units.${metric.unit}`)}</Table.Td>
              <Table.Td>{t(`performance.better.${metric.better}`)}</Table.Td>
              <Table.Td>
                {metric.dataSource ?? (
                  <Text span c="gray.7" fz="inherit">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {metric.organizationId === organization.id
                  ? t('performance.metrics.own', { organization: metric.organizationName })
                  : metric.organizationName}
              </Table.Td>
              <Table.Td w={1}>
                <Stack gap={6} align="flex-start" style={nowrap}>
                  {organization.abilities.writePlan && !metric.archived && (
                    <AnchorLink
                      to="/o/$orgId/data"
                      params={{ orgId: organization.id }}
                      search={{ metricId: metric.id }}
                      size="sm"
                      aria-label={t('performance.metrics.enterDataFor', { name: metric.name })}
                    >
                      {t('performance.metrics.enter')}
                    </AnchorLink>
                  )}
                  {metric.abilities.edit && (
                    <>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onEdit(metric)}
                        aria-label={t('performance.metrics.editLabel', { name: metric.name })}
                      >
                        {t('performance.metrics.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => archive(metric)}
                        loading={update.isPending && update.variables?.id === metric.id}
                        aria-label={t(
                          metric.archived
                            ? 'performance.metrics.restoreLabel'
                            : 'performance.metrics.archiveLabel',
                          { name: metric.name },
                        )}
                      >
                        {t(metric.archived ? 'performance.metrics.restore' : 'performance.metrics.archive')}
                      </Button>
                    </>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}
