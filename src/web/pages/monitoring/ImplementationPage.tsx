import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import type { ImplementationFigures, ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { useImplementation, useMilestoneReviews } from './api';
import { MonitoringPage } from './MonitoringPage';
import { quarterParts, semesterParts } from './periods';
import { QuarterSelect } from './QuarterSelect';
import { StrategyFigures } from './StrategyFigures';
import { TrendChart } from './TrendChart';
import { useAmount, usePercent } from './usePercent';

/** Tool A's implementation tables for a quarter: totals, the year's trend, and per strategy and milestone. */
export default function ImplementationPage() {
  const { t } = useTranslation();
  return (
    <MonitoringPage title={t('monitoring.figures.title')} description={t('monitoring.figures.intro')}>
      {(organization, calendar) => <Figures organization={organization} calendar={calendar} />}
    </MonitoringPage>
  );
}

function Figures({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { period?: string };
  const figures = useImplementation(organization.id, search.period);
  const reviews = useMilestoneReviews(organization.id, figures.data?.semester);
  const period = search.period ?? figures.data?.period;

  return (
    <Stack gap="xl">
      <QuarterSelect label={t('monitoring.figures.quarter')} calendar={calendar} period={period} />
      {figures.isPending ? (
        <Loading />
      ) : figures.error ? (
        <ErrorState error={figures.error} onRetry={() => figures.refetch()} />
      ) : figures.data.planId === null ? (
        <Notice color="gray" title={t('monitoring.figures.noPlanTitle')} maw={760}>
          <Text size="sm">{t('monitoring.figures.noPlan')}</Text>
        </Notice>
      ) : (
        <>
          <Totals figures={figures.data} calendar={calendar} />
          <TrendChart figures={figures.data} calendar={calendar} />
          {figures.data.strategies.map((strategy) => (
            <StrategyFigures
              key={strategy.strategy.id}
              organizationId={organization.id}
              figures={figures.data}
              strategy={strategy}
              calendar={calendar}
              reviews={reviews.data?.semester === figures.data.semester ? reviews.data : undefined}
            />
          ))}
        </>
      )}
    </Stack>
  );
}

function Totals({ figures, calendar }: { figures: ImplementationFigures; calendar: ReportingCalendar }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const amount = useAmount();
  const { totals } = figures;
  const items = [
    { key: 'completed', value: percent(totals.actionsCompletedPct) },
    { key: 'onTime', value: percent(totals.actionsOnTimePct) },
    { key: 'behind', value: percent(totals.actionsBehindPct) },
    {
      key: 'budget',
      value: t('monitoring.figures.budgetOf', {
        used: amount(totals.budgetUsed),
        planned: amount(totals.budgetPlanned),
      }),
    },
    {
      key: 'reports',
      value: t('monitoring.monitor.reportedOf', { reported: totals.reportsIn, due: totals.reportsDue }),
    },
  ] as const;
  return (
    <Card component="section" aria-labelledby="figures-totals">
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={2} id="figures-totals">
          {t('monitoring.figures.totals', quarterParts(calendar, figures.period, i18n.language))}
        </Title>
        <Text size="sm" c="gray.7">
          {t('monitoring.figures.scope', {
            count: totals.actions,
            semester: t('monitoring.periods.semester', semesterParts(figures.semester)),
          })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" component="dl" m={0}>
        {items.map((item) => (
          <div key={item.key}>
            <Text component="dt" size="sm" c="gray.7">
              {t(`monitoring.figures.${item.key}`)}
            </Text>
            <Text component="dd" m={0} fz="lg" fw={650}>
              {item.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
