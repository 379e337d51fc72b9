import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentResults } from '../../../../shared/schemas/assessment';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { type Comparison as ComparisonData, useComparable, useComparison, useResults } from '../api';
import { ChangeBadge, itemLabel, levelName } from '../common';
import { ScrollTable } from '../ScrollTable';

/** This assessment against an earlier one on the same framework: per item, per section, and in a chart. */
export function Comparison({ assessmentId, results }: { assessmentId: string; results: AssessmentResults }) {
  const { t } = useTranslation();
  const comparable = useComparable(assessmentId);
  const [chosen, setChosen] = useState<string | null>(null);
  const withId = chosen ?? comparable.data?.[0]?.id ?? null;
  const comparison = useComparison(assessmentId, withId);
  const base = useResults(withId);

  if (comparable.isPending) return <Loading />;
  if (comparable.error) return <ErrorState error={comparable.error} onRetry={() => comparable.refetch()} />;
  if (comparable.data.length === 0) return <Text c="gray.7">{t('assessments.comparison.none')}</Text>;

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('assessments.comparison.with')}
        value={withId ?? ''}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={comparable.data.map((c) => ({
          value: c.id,
          label: t('assessments.comparison.option', { title: c.title, period: c.period }),
        }))}
        maw={480}
      />
      {comparison.isPending ? (
        <Loading />
      ) : comparison.error ? (
        <ErrorState error={comparison.error} onRetry={() => comparison.refetch()} />
      ) : (
        <ComparisonBody data={comparison.data} results={results} base={base.data ?? null} />
      )}
    </Stack>
  );
}

function ComparisonBody({
  data,
  results,
  base,
}: {
  data: ComparisonData;
  results: AssessmentResults;
  base: AssessmentResults | null;
}) {
  const { t } = useTranslation();
  const { summary } = data;
  const summaryText = t('assessments.comparison.summary', summary);
  const chart = (['improved', 'same', 'declined'] as const).map((c) => ({
    change: t(`assessments.changes.${c}`),
    items: summary[c],
  }));
  const sections = results.sections
    .map((s) => ({ section: s, before: base?.sections.find((b) => b.key === s.key)?.average ?? null }))
    .filter(({ section, before }) => section.average !== null || before !== null);

  return (
    <Stack gap="md">
      <Text fw={600}>{summaryText}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Box role="img" aria-label={summaryText}>
          <BarChart
            h={220}
            data={chart}
            dataKey="change"
            series={[{ name: 'items', label: t('assessments.comparison.items'), color: 'throughline.7' }]}
            withBarValueLabel
            withTooltip={false}
            gridAxis="y"
            tickLine="none"
            yAxisProps={{ allowDecimals: false }}
          />
        </Box>
        <ScrollTable
          caption={t('assessments.comparison.sectionsCaption', { base: data.base.period })}
          minWidth={360}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.comparison.section')}</Table.Th>
              <Table.Th ta="right">
                {t('assessments.comparison.before', { period: data.base.period })}
              </Table.Th>
              <Table.Th ta="right">{t('assessments.comparison.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sections.map(({ section, before }) => (
              <Table.Tr key={section.key}>
                <Table.Th scope="row" fw={section.depth === 0 ? 650 : 400} pl={section.depth * 16 + 8}>
                  {section.code ? `${section.code}. ${section.title}` : section.title}
                </Table.Th>
                <Table.Td ta="right">{before === null ? '—' : before.toFixed(1)}</Table.Td>
                <Table.Td ta="right">{section.average === null ? '—' : section.average.toFixed(1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </SimpleGrid>
      <Title order={3}>{t('assessments.comparison.itemsTitle')}</Title>
      <ScrollTable
        caption={t('assessments.comparison.itemsCaption', { base: data.base.title })}
        minWidth={720}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.results.item')}</Table.Th>
            <Table.Th>{t('assessments.comparison.before', { period: data.base.period })}</Table.Th>
            <Table.Th>{t('assessments.comparison.after')}</Table.Th>
            <Table.Th>{t('assessments.comparison.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((item) => (
            <Table.Tr key={item.key}>
              <Table.Th scope="row" fw={500} maw={420}>
                <Text size="sm">{itemLabel(item)}</Text>
              </Table.Th>
              <Table.Td>{levelName(results.levels, item.before) ?? t('assessments.notRated')}</Table.Td>
              <Table.Td>{levelName(results.levels, item.after) ?? t('assessments.notRated')}</Table.Td>
              <Table.Td>
                <ChangeBadge change={item.change} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
