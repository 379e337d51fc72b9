import { Table, Text } from '@mantine/core';
import type { Metric, Observation } from '../../../shared/schemas/performance';
import { useTranslation } from '../../i18n';
import { DataTable } from '../admin/common/DataTable';
import { nowrap } from '../admin/common/format';
import { usePerformanceFormat } from './format';
import { comparePeriods } from './periods';

/** The figures behind the chart, newest period first. */
export function ObservationTable({ metric, observations }: { metric: Metric; observations: Observation[] }) {
  const { t } = useTranslation();
  const format = usePerformanceFormat();
  const rows = [...observations].sort(
    (a, b) =>
      comparePeriods(b.period, a.period) ||
      (a.breakdown === '' ? -1 : b.breakdown === '' ? 1 : a.breakdown.localeCompare(b.breakdown)),
  );
  return (
    <DataTable
      caption={t('performance.data.tableCaption', { name: metric.name, count: rows.length })}
      minWidth={560}
      maxHeight={420}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('performance.data.period')}</Table.Th>
          <Table.Th scope="col">{t('performance.data.breakdown')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('performance.data.value')}
          </Table.Th>
          <Table.Th scope="col">{t('performance.data.source')}</Table.Th>
          <Table.Th scope="col">{t('performance.data.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td style={nowrap}>{format.period(o.period)}</Table.Td>
            <Table.Td>{format.breakdown(o.breakdown)}</Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {format.value(o.value, metric.unit)}
            </Table.Td>
            <Table.Td>{t(`performance.sources.${o.source}`)}</Table.Td>
            <Table.Td>
              {o.note ?? (
                <Text span c="gray.7" fz="inherit">
                  —
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
