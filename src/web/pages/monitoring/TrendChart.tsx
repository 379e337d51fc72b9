import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, Card, SimpleGrid, Table, Title } from '@mantine/core';
import type { ImplementationFigures, ReportingCalendar } from '../../../shared/schemas/monitoring';
import { useTranslation } from '../../i18n';
import { ScrollTable } from '../assessments/ScrollTable';
import { quarterParts } from './periods';
import { usePercent } from './usePercent';

const series = [
  { key: 'actionsCompletedPct', color: 'throughline.7', dash: undefined },
  { key: 'actionsOnTimePct', color: 'indigo.7', dash: '6 4' },
  { key: 'actionsBehindPct', color: 'red.9', dash: '2 3' },
] as const;

/**
 * The school year's quarters so far as lines, with the same numbers in a table beside them: the table is the
 * chart's text alternative, and line styles differ so colour is not the only cue.
 */
export function TrendChart({
  figures,
  calendar,
}: {
  figures: ImplementationFigures;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const label = (key: (typeof series)[number]['key']) => t(`monitoring.figures.trendSeries.${key}`);
  const rows = figures.trend.map((q) => ({
    ...q,
    quarter: t('monitoring.periods.quarterShort', quarterParts(calendar, q.period, i18n.language)),
  }));
  const caption = t('monitoring.figures.trendCaption');
  return (
    <Card component="section" aria-labelledby="figures-trend">
      <Title order={2} id="figures-trend" mb="md">
        {t('monitoring.figures.trend')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Box role="img" aria-label={t('monitoring.figures.trendChart')}>
          <LineChart
            h={240}
            data={rows}
            dataKey="quarter"
            series={series.map((s) => ({
              name: s.key,
              label: label(s.key),
              color: s.color,
              strokeDasharray: s.dash,
            }))}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            withTooltip={false}
            connectNulls={false}
            yAxisProps={{ domain: [0, 100] }}
            unit=" %"
            gridAxis="y"
            tickLine="none"
          />
        </Box>
        <ScrollTable caption={caption} minWidth={360}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monitoring.figures.quarter')}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.key} scope="col" ta="right">
                  {label(s.key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.period}>
                <Table.Th scope="row" fw={500}>
                  {row.quarter}
                </Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.key} ta="right">
                    {percent(row[s.key])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </SimpleGrid>
    </Card>
  );
}
