import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatValue } from '../../../../shared/plans/targets';
import type { MeasureView, PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { ScrollTable } from '../../assessments/ScrollTable';

type Props = {
  plan: PlanTree;
  caption: string;
  measures: MeasureView[];
  /** Comment, move, edit and delete controls for one measure, in the last column. */
  actions: (measure: MeasureView, index: number) => ReactNode;
};

/** Measures as the template's table: indicator, data source, baseline and a target for each plan year. */
export function MeasureTable({ plan, caption, measures, actions }: Props) {
  const { t, i18n } = useTranslation();
  // Dates without a time: read as calendar dates wherever the reader is.
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const years = plan.period.yearLabels;
  const grouped = measures.some((m) => m.rows.some((r) => r.label));
  const none = (
    <>
      <span aria-hidden="true">{t('plans.measures.none')}</span>
      <VisuallyHidden>{t('app.notSet')}</VisuallyHidden>
    </>
  );

  return (
    <ScrollTable
      caption={caption}
      minWidth={440 + years.length * 90 + (grouped ? 80 : 0)}
      withTableBorder
      withColumnBorders
    >
      <Table.Thead>
        <Table.Tr bg="gray.1">
          <Table.Th scope="col" rowSpan={2} miw={180}>
            {t('plans.measures.indicator')}
          </Table.Th>
          <Table.Th scope="col" rowSpan={2}>
            {t('plans.measures.dataSource')}
          </Table.Th>
          {grouped && (
            <Table.Th scope="col" rowSpan={2}>
              {t('plans.measures.group')}
            </Table.Th>
          )}
          <Table.Th scope="col" rowSpan={2}>
            {t('plans.measures.baseline')}
          </Table.Th>
          <Table.Th scope="colgroup" colSpan={years.length} ta="center">
            {t('plans.measures.targets')}
          </Table.Th>
          <Table.Th scope="col" rowSpan={2}>
            {t('plans.measures.actions')}
          </Table.Th>
        </Table.Tr>
        <Table.Tr bg="gray.1">
          {years.map((y) => (
            <Table.Th key={y.year} scope="col" style={{ whiteSpace: 'nowrap' }}>
              {y.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      {measures.map((measure, index) => {
        const span = Math.max(measure.rows.length, 1);
        const head = (
          <>
            <Table.Th scope="rowgroup" rowSpan={span} fw={500} style={{ verticalAlign: 'top' }}>
              <Text span fw={700}>
                {measure.number}.{' '}
              </Text>
              {measure.indicator}
            </Table.Th>
            <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }}>
              {measure.dataSource ?? none}
            </Table.Td>
          </>
        );
        const tail = (
          <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }}>
            <Stack gap={6} align="flex-start">
              {actions(measure, index)}
            </Stack>
          </Table.Td>
        );
        return (
          <Table.Tbody key={measure.id} id={`item-${measure.id}`} tabIndex={-1}>
            {measure.rows.length === 0 ? (
              <Table.Tr>
                {head}
                <Table.Td colSpan={years.length + (grouped ? 2 : 1)} c="gray.7">
                  {t('plans.measures.noRows')}
                </Table.Td>
                {tail}
              </Table.Tr>
            ) : (
              measure.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <Table.Tr key={r}>
                  {r === 0 && head}
                  {grouped && <Table.Td>{row.label ?? t('plans.measures.overall')}</Table.Td>}
                  <Table.Td>
                    {row.baseline === null ? (
                      none
                    ) : (
                      <>
                        <Text span fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {formatValue(row.baseline, measure.unit)}
                        </Text>
                        {row.baselineAsOf && (
                          <Text size="xs" c="gray.7">
                            {t('plans.measures.asOf', { date: date.format(new Date(row.baselineAsOf)) })}
                          </Text>
                        )}
                      </>
                    )}
                  </Table.Td>
                  {years.map((y) => {
                    const target = row.targets.find((x) => x.year === y.year);
                    return <Table.Td key={y.year}>{target ? target.text : none}</Table.Td>;
                  })}
                  {r === 0 && tail}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        );
      })}
    </ScrollTable>
  );
}
