import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { useReportingCalendar } from '../monitoring/api';
import { dayLabel, localToday, quarterChoices, quarterParts, withChosen } from '../monitoring/periods';
import { exportPath, useQuarterlyReport } from './api';
import { ImplementationSection } from './ImplementationSection';
import { NarrativeSection } from './NarrativeSection';
import { AdjustmentsSection, PerformanceSection, SupportsSection } from './ReportTables';

/** A quarter's report for one organization: the team's narrative, then the sections generated from the data. */
export default function QuarterlyReportPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const calendar = useReportingCalendar(organizationId);
  if (organization.isPending || calendar.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (calendar.error) return <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />;
  return <Report organization={organization.data} calendar={calendar.data} title={t('reports.title')} />;
}

function Report({
  organization,
  calendar,
  title,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { period?: string };
  const report = useQuarterlyReport(organization.id, search.period);
  const period = search.period ?? report.data?.period;
  const quarters = withChosen(quarterChoices(calendar, localToday()), period);
  const quarterName = (quarter: string) =>
    t('monitoring.periods.quarterLong', quarterParts(calendar, quarter, i18n.language));

  return (
    <>
      <PageHeader
        organization={organization}
        title={title}
        description={t('reports.intro')}
        actions={report.data && <Downloads report={report.data} />}
      />
      <Stack gap="xl">
        <NativeSelect
          label={t('reports.quarter')}
          value={period ?? ''}
          onChange={(event) =>
            navigate({
              to: '.',
              search: { period: event.currentTarget.value },
              replace: true,
              resetScroll: false,
            })
          }
          data={quarters.map((q) => ({ value: q, label: quarterName(q) }))}
          w={280}
        />
        {report.isPending ? (
          <Loading />
        ) : report.error ? (
          <ErrorState error={report.error} onRetry={() => report.refetch()} />
        ) : (
          <>
            <Facts report={report.data} language={i18n.language} />
            <NarrativeSection key={report.data.period} report={report.data} queried={search.period} />
            <ImplementationSection report={report.data} calendar={calendar} />
            <PerformanceSection report={report.data} />
            <SupportsSection report={report.data} />
            <AdjustmentsSection report={report.data} />
          </>
        )}
      </Stack>
    </>
  );
}

function Downloads({ report }: { report: QuarterlyReport }) {
  const { t } = useTranslation();
  const organizationId = report.organization.id;
  return (
    <Group gap="sm">
      <Button
        component="a"
        href={exportPath(organizationId, report.period, 'pdf')}
        download
        variant="default"
      >
        {t('reports.downloadPdf')}
      </Button>
      <Button
        component="a"
        href={exportPath(organizationId, report.period, 'xlsx')}
        download
        variant="default"
      >
        {t('reports.downloadExcel')}
      </Button>
    </Group>
  );
}

function Facts({ report, language }: { report: QuarterlyReport; language: string }) {
  const { t } = useTranslation();
  const { totals } = report.implementation;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('reports.dates', {
          from: dayLabel(report.startDate, language),
          to: dayLabel(report.endDate, language),
        })}
      </Text>
      {report.plan && <Text size="sm">{t('reports.plan', { title: report.plan.title })}</Text>}
      {report.plan && (
        <Text size="sm">{t('reports.reportsIn', { in: totals.reportsIn, due: totals.reportsDue })}</Text>
      )}
    </Stack>
  );
}
