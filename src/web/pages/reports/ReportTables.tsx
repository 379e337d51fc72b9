import { Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { parseQuarter } from '../../../shared/monitoring/calendar';
import { yearLabel } from '../../../shared/plans/period';
import { formatValue } from '../../../shared/plans/targets';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { useTranslation } from '../../i18n';
import { ScrollTable } from '../assessments/ScrollTable';
import { dayLabel } from '../monitoring/periods';

function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {title}
        </Title>
        {empty ? (
          <Text size="sm" c="gray.7">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}

const top = { verticalAlign: 'top' } as const;

/** Text with its line breaks kept, as people typed it. */
const Multiline = ({ lines }: { lines: (string | null | undefined)[] }) => (
  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
    {lines.filter(Boolean).join('\n')}
  </Text>
);

/** Target against actual for the report's school year, one line per breakdown, with the year's explanation. */
export function PerformanceSection({ report }: { report: QuarterlyReport }) {
  const { t } = useTranslation();
  const { year } = parseQuarter(report.period);
  const dash = t('reports.dash');
  const value = (v: number | null | undefined, unit: string | null) =>
    v === null || v === undefined ? dash : formatValue(v, unit);
  const rows = report.performance.flatMap((measure) => {
    const review = measure.reviews.find((r) => r.year === year);
    return measure.rows.map((row, i) => ({ measure, row, first: i === 0, review }));
  });
  return (
    <Section
      id="report-performance"
      title={t('reports.performance.title')}
      empty={rows.length ? null : t('reports.performance.empty')}
    >
      <ScrollTable caption={t('reports.performance.caption', { year: yearLabel(year) })} minWidth={880}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.performance.indicator')}</Table.Th>
            <Table.Th scope="col">{t('reports.performance.breakdown')}</Table.Th>
            <Table.Th scope="col">{t('reports.performance.target')}</Table.Th>
            <Table.Th scope="col">{t('reports.performance.actual')}</Table.Th>
            <Table.Th scope="col">{t('reports.performance.standing')}</Table.Th>
            <Table.Th scope="col">{t('reports.performance.explanation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ measure, row, first, review }) => {
            const entry = row.years.find((y) => y.year === year);
            const name = t(`reports.performance.${measure.owner.kind}`, {
              number: measure.owner.number,
              indicator: measure.indicator,
            });
            return (
              <Table.Tr key={`${measure.measureId}-${row.breakdown}`}>
                <Table.Th scope="row" fw={first ? 600 : 400} style={top}>
                  {/* Every row names its measure for screen readers; sighted readers see it once. */}
                  {first ? name : <VisuallyHidden>{name}</VisuallyHidden>}
                </Table.Th>
                <Table.Td style={top}>{row.label}</Table.Td>
                <Table.Td style={top}>{entry?.targetText ?? value(entry?.target, measure.unit)}</Table.Td>
                <Table.Td style={top}>{value(entry?.actual, measure.unit)}</Table.Td>
                <Table.Td style={top}>
                  {entry ? t(`reports.performance.standings.${entry.standing}`) : dash}
                </Table.Td>
                <Table.Td style={top}>{first && review ? review.explanation : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
    </Section>
  );
}

export function SupportsSection({ report }: { report: QuarterlyReport }) {
  const { t, i18n } = useTranslation();
  const dash = t('reports.dash');
  const dates = (start: string | null, end: string | null) =>
    [start, end]
      .filter((d): d is string => d !== null)
      .map((d) => dayLabel(d, i18n.language))
      .join(' – ');
  return (
    <Section
      id="report-supports"
      title={t('reports.supports.title')}
      empty={report.supports.length ? null : t('reports.supports.empty')}
    >
      <ScrollTable caption={t('reports.supports.caption')} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.supports.need')}</Table.Th>
            <Table.Th scope="col">{t('reports.supports.status')}</Table.Th>
            <Table.Th scope="col">{t('reports.supports.provider')}</Table.Th>
            <Table.Th scope="col">{t('reports.supports.provided')}</Table.Th>
            <Table.Th scope="col">{t('reports.supports.effect')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.supports.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td style={top}>
                <Multiline
                  lines={[
                    s.need,
                    s.milestone
                      ? t('reports.concerns.milestone', { number: s.milestone.number })
                      : s.strategy
                        ? t('reports.concerns.strategy', { number: s.strategy.number })
                        : null,
                  ]}
                />
              </Table.Td>
              <Table.Td style={top}>{t(`reports.supports.statuses.${s.status}`)}</Table.Td>
              <Table.Td style={top}>
                {s.providerOrganization?.name ?? s.providerVendor ?? s.respondent?.name ?? dash}
              </Table.Td>
              <Table.Td style={top}>
                <Multiline lines={[s.description ?? dash, dates(s.startDate, s.endDate)]} />
              </Table.Td>
              <Table.Td style={top}>
                <Multiline
                  lines={[
                    s.howUsed,
                    s.effectivenessRating === null
                      ? null
                      : t('reports.supports.rating', { rating: s.effectivenessRating }),
                    s.effectivenessExplanation,
                  ]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Section>
  );
}

export function AdjustmentsSection({ report }: { report: QuarterlyReport }) {
  const { t, i18n } = useTranslation();
  return (
    <Section
      id="report-adjustments"
      title={t('reports.adjustments.title')}
      empty={report.adjustments.length ? null : t('reports.adjustments.empty')}
    >
      <ScrollTable caption={t('reports.adjustments.caption')} minWidth={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.adjustments.decided')}</Table.Th>
            <Table.Th scope="col">{t('reports.adjustments.summary')}</Table.Th>
            <Table.Th scope="col">{t('reports.adjustments.cause')}</Table.Th>
            <Table.Th scope="col">{t('reports.adjustments.evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.adjustments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={top}>
                <Multiline lines={[dayLabel(a.decidedOn, i18n.language), a.decidedBy]} />
              </Table.Td>
              <Table.Td style={top}>
                <Multiline
                  lines={[
                    a.summary,
                    a.milestone
                      ? t('reports.concerns.milestone', { number: a.milestone.number })
                      : a.strategy
                        ? t('reports.concerns.strategy', { number: a.strategy.number })
                        : null,
                  ]}
                />
              </Table.Td>
              <Table.Td style={top}>
                <Multiline lines={[a.cause]} />
              </Table.Td>
              <Table.Td style={top}>
                <Multiline lines={[a.evidence]} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Section>
  );
}
