import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import type { Metric, Observation } from '../../../shared/schemas/performance';
import { useTranslation } from '../../i18n';
import { breakdownChart } from './chartData';
import { usePerformanceFormat } from './format';

// Shade 7 of each, so every line keeps 3:1 against white (WCAG 1.4.11).
const colors = ['throughline.7', 'indigo.7', 'orange.9', 'grape.7', 'red.8', 'green.8', 'cyan.9', 'pink.8'];

/** Each breakdown's values over time; the table below it carries the same figures as text. */
export function ObservationChart({ metric, observations }: { metric: Metric; observations: Observation[] }) {
  const { t } = useTranslation();
  const format = usePerformanceFormat();
  const chart = breakdownChart(observations, format.breakdown, format.period);
  return (
    <Box
      role="img"
      aria-label={t('performance.data.chartLabel', {
        name: metric.name,
        breakdowns: chart.series.map((s) => s.label).join(', '),
        from: chart.data[0]?.period ?? '',
        to: chart.data[chart.data.length - 1]?.period ?? '',
      })}
    >
      <LineChart
        h={280}
        data={chart.data}
        dataKey="period"
        series={chart.series.map((s, i) => ({ ...s, color: colors[i % colors.length] as string }))}
        connectNulls
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        curveType="linear"
        tickLine="none"
        gridAxis="y"
        valueFormatter={(value) => format.value(value, metric.unit)}
      />
    </Box>
  );
}
