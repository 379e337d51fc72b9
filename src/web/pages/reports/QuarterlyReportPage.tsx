import { Button, Group, Stack, Text } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import type { ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { WithOrganizationCalendar } from '../monitoring/MonitoringPage';
import { dayLabel } from '../monitoring/periods';
import { QuarterSelect } from '../monitoring/QuarterSelect';
import { exportPath, useQuarterlyReport } from './api';
import { ImplementationSection } from './ImplementationSection';
import { NarrativeSection } from './NarrativeSection';
import { AdjustmentsSection, PerformanceSection, SupportsSection } from './ReportTables';

/** A quarter's report for one organization: the team's narrative, then the sections generated from the data. */
export default function QuarterlyReportPage() {
  const { t } = useTranslation();
  return (
    <WithOrganizationCalendar>
      {(organization, calendar) => (
        <Report organization={organization} calendar={calendar} title={t('reports.title')} />
      )}
    </WithOrganizationCalendar>
  );
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
  const search = useSearch({ strict: false }) as { period?: string };
  const report = useQuarterlyReport(organization.id, search.period);
  const period = search.period ?? report.data?.period;

  return (
    <>
      <PageHeader
        organization={organization}
        title={title}
        description={t('reports.intro')}
        actions={report.data && <Downloads report={report.data} />}
      />
      <Stack gap="xl">
        <QuarterSelect label={t('reports.quarter')} calendar={calendar} period={period} />
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
