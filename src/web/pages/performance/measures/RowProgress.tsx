import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, SimpleGrid, Table, Text } from '@mantine/core';
import type { z } from 'zod';
import { formatValue } from '../../../../shared/plans/targets';
import type { measureProgressRow } from '../../../../shared/schemas/performance';
import { useTranslation } from '../../../i18n';
import { nowrap } from '../../admin/common/format';
import { ScrollTable } from '../../assessments/ScrollTable';
import { targetChart } from '../chartData';
import { usePerformanceFormat } from '../format';
import { StandingBadge } from './StandingBadge';

type Row = z.infer<typeof measureProgressRow>;

/** One breakdown row of a measure: target, actual and standing per plan year, and the actuals charted against the targets. */
export function RowProgress({ row, unit, label }: { row: Row; unit: string | null; label: string }) {
  const { t } = useTranslation();
  const format = usePerformanceFormat();
  const rowLabel = row.label || format.breakdown(row.breakdown);
  const data = targetChart(row.series, row.years, format.period);
  const value = (v: number) => formatValue(v, unit);
  const caption = t('performance.measures.rowCaption', {
    measure: label,
    row: rowLabel,
    baseline: row.baseline === null ? t('performance.measures.noBaseline') : value(row.baseline),
  });
  const hasActuals = row.series.length > 0;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <ScrollTable caption={caption} minWidth={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('performance.measures.year')}</Table.Th>
            <Table.Th scope="col">{t('performance.measures.target')}</Table.Th>
            <Table.Th scope="col">{t('performance.measures.actual')}</Table.Th>
            <Table.Th scope="col">{t('performance.measures.standingHeader')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {row.years.map((year) => (
            <Table.Tr key={year.year}>
              <Table.Th scope="row" fw={500} style={nowrap}>
                {year.label}
              </Table.Th>
              <Table.Td>
                {year.targetText ?? (
                  <Text span c="gray.7" fz="inherit">
                    {t('performance.measures.noTarget')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {year.actual === null ? (
                  <Text span c="gray.7" fz="inherit">
                    —
                  </Text>
                ) : (
                  <>
                    <Text span fw={600} style={nowrap}>
                      {value(year.actual)}
                    </Text>
                    {year.actualPeriod && year.actualPeriod !== String(year.year) && (
                      <Text size="xs" c="gray.7">
                        {t('performance.measures.from', { period: format.period(year.actualPeriod) })}
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <StandingBadge standing={year.standing} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {hasActuals ? (
        <Box role="img" aria-label={t('performance.measures.chartLabel', { row: rowLabel, measure: label })}>
          <LineChart
            h={220}
            data={data}
            dataKey="period"
            series={[
              { name: 'actual', label: t('performance.measures.actual'), color: 'throughline.7' },
              {
                name: 'target',
                label: t('performance.measures.target'),
                color: 'orange.9',
                strokeDasharray: '6 4',
              },
            ]}
            referenceLines={
              row.baseline === null
                ? []
                : [
                    {
                      y: row.baseline,
                      label: t('performance.measures.baselineLine', { value: value(row.baseline) }),
                      color: 'gray.7',
                      // Below the line at the right, clear of the actuals that start near the baseline.
                      labelPosition: 'insideBottomRight',
                    },
                  ]
            }
            connectNulls
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            curveType="linear"
            tickLine="none"
            gridAxis="y"
            valueFormatter={value}
          />
        </Box>
      ) : (
        <Text c="gray.7" size="sm">
          {t('performance.measures.noActuals')}
        </Text>
      )}
    </SimpleGrid>
  );
}
