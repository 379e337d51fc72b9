import { Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ImplementationFigures, ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { Notice } from '../admin/common/Notice';
import { AnnounceProvider } from '../plans/tree/announce';
import { useImplementation, useMilestoneReviews, useReportingCalendar } from './api';
import { localToday, quarterChoices, quarterParts, semesterParts, withChosen } from './periods';
import { StrategyFigures } from './StrategyFigures';
import { TrendChart } from './TrendChart';
import { useAmount, usePercent } from './usePercent';

/** Tool A's implementation tables for a quarter: totals, the year's trend, and per strategy and milestone. */
export default function ImplementationPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const calendar = useReportingCalendar(organizationId);
  if (organization.isPending || calendar.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (calendar.error) return <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />;
  return (
    <>
      <PageHeader
        organization={organization.data}
        title={t('monitoring.figures.title')}
        description={t('monitoring.figures.intro')}
      />
      <AnnounceProvider>
        <Figures organization={organization.data} calendar={calendar.data} />
      </AnnounceProvider>
    </>
  );
}

function Figures({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { period?: string };
  const figures = useImplementation(organization.id, search.period);
  const reviews = useMilestoneReviews(organization.id, figures.data?.semester);
  const period = search.period ?? figures.data?.period;
  const quarters = withChosen(quarterChoices(calendar, localToday()), period);

  return (
    <Stack gap="xl">
      <NativeSelect
        label={t('monitoring.figures.quarter')}
        value={period ?? ''}
        onChange={(event) =>
          navigate({
            to: '.',
            search: { period: event.currentTarget.value },
            replace: true,
            resetScroll: false,
          })
        }
        data={quarters.map((q) => ({
          value: q,
          label: t('monitoring.periods.quarterLong', quarterParts(calendar, q, i18n.language)),
        }))}
        w={280}
      />
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
