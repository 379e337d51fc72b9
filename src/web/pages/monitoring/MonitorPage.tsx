import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OrganizationKind } from '../../../shared/roles';
import type {
  ImplementationFigures,
  ReportingCalendar,
  ReportingGaps,
} from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { AnchorLink } from '../../components/links';
import { Facts, PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { cycleSteps, useOrgId } from '../../shell/navigation';
import { ScrollTable } from '../assessments/ScrollTable';
import { useImplementation, useReportingCalendar, useReportingGaps } from './api';
import { dayLabel, monthLabel, quarterParts } from './periods';
import { usePercent } from './usePercent';

/** Step 4 of the cycle: this month's reporting, this quarter's figures, who is missing, and where to go next. */
export default function MonitorPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const calendar = useReportingCalendar(organizationId);
  if (organization.isPending || calendar.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (calendar.error) return <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />;
  const number = cycleSteps.findIndex((s) => s.key === 'monitor') + 1;
  return (
    <>
      <PageHeader
        organization={organization.data}
        title={`${number}. ${t('shell.steps.monitor.title')}`}
        description={t('monitoring.monitor.intro')}
      />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ThisMonth organization={organization.data} />
          <ThisQuarter organization={organization.data} calendar={calendar.data} />
        </SimpleGrid>
        <Gaps organization={organization.data} />
        <MoreLinks organization={organization.data} />
      </Stack>
    </>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function ThisMonth({ organization }: { organization: OrganizationDetail }) {
  const { t, i18n } = useTranslation();
  const gaps = useReportingGaps(organization.id);
  return (
    <Panel id="monitor-month" title={t('monitoring.monitor.month')}>
      {gaps.isPending ? (
        <Loading />
      ) : gaps.error ? (
        <ErrorState error={gaps.error} onRetry={() => gaps.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={600}>{monthLabel(gaps.data.period, i18n.language)}</Text>
            {gaps.data.overdue && gaps.data.reported < gaps.data.due && (
              <Badge color="red.9" variant="filled" tt="none">
                {t('monitoring.status.overdue')}
              </Badge>
            )}
          </Group>
          <Facts
            items={[
              { label: t('monitoring.monitor.dueOn'), value: dayLabel(gaps.data.dueDate, i18n.language) },
              {
                label: t('monitoring.monitor.reported'),
                value: t('monitoring.monitor.reportedOf', {
                  reported: gaps.data.reported,
                  due: gaps.data.due,
                }),
              },
              {
                label: t('monitoring.monitor.missing'),
                value: gaps.data.due - gaps.data.reported,
              },
            ]}
          />
          <AnchorLink
            to="/o/$orgId/status"
            params={{ orgId: organization.id }}
            search={{ period: gaps.data.period }}
            fw={600}
          >
            {t('monitoring.monitor.openStatus')}
          </AnchorLink>
        </Stack>
      )}
    </Panel>
  );
}

function ThisQuarter({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const figures = useImplementation(organization.id);
  const percent = usePercent();
  return (
    <Panel id="monitor-quarter" title={t('monitoring.monitor.quarter')}>
      {figures.isPending ? (
        <Loading />
      ) : figures.error ? (
        <ErrorState error={figures.error} onRetry={() => figures.refetch()} />
      ) : (
        <Stack gap="md">
          <Text fw={600}>
            {t('monitoring.periods.quarterLong', quarterParts(calendar, figures.data.period, i18n.language))}
          </Text>
          <QuarterFacts figures={figures.data} percent={percent} />
          <AnchorLink
            to="/o/$orgId/implementation"
            params={{ orgId: organization.id }}
            search={{ period: figures.data.period }}
            fw={600}
          >
            {t('monitoring.monitor.openFigures')}
          </AnchorLink>
        </Stack>
      )}
    </Panel>
  );
}

function QuarterFacts({
  figures,
  percent,
}: {
  figures: ImplementationFigures;
  percent: (value: number | null) => string;
}) {
  const { t } = useTranslation();
  const { totals } = figures;
  return (
    <Facts
      items={[
        { label: t('monitoring.figures.completed'), value: percent(totals.actionsCompletedPct) },
        { label: t('monitoring.figures.onTime'), value: percent(totals.actionsOnTimePct) },
        { label: t('monitoring.figures.behind'), value: percent(totals.actionsBehindPct) },
        {
          label: t('monitoring.figures.reports'),
          value: t('monitoring.monitor.reportedOf', { reported: totals.reportsIn, due: totals.reportsDue }),
        },
      ]}
    />
  );
}

function Gaps({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const gaps = useReportingGaps(organization.id);
  return (
    <Panel id="monitor-gaps" title={t('monitoring.monitor.gaps')}>
      {gaps.isPending ? (
        <Loading />
      ) : gaps.error ? (
        <ErrorState error={gaps.error} onRetry={() => gaps.refetch()} />
      ) : (
        <GapLists organization={organization} gaps={gaps.data} />
      )}
    </Panel>
  );
}

function GapLists({ organization, gaps }: { organization: OrganizationDetail; gaps: ReportingGaps }) {
  const { t, i18n } = useTranslation();
  const month = monthLabel(gaps.period, i18n.language);
  return (
    <Stack gap="lg">
      {gaps.missing.length === 0 ? (
        <Text>
          {t(gaps.due === 0 ? 'monitoring.monitor.nothingDue' : 'monitoring.monitor.allIn', { month })}
        </Text>
      ) : (
        <div>
          <Title order={3} mb="xs">
            {t('monitoring.monitor.missingBy', { month })}
          </Title>
          <List spacing="xs">
            {gaps.missing.map((person) => (
              <List.Item key={person.personId ?? person.name}>
                <Text span fw={600}>
                  {person.name}
                </Text>
                {': '}
                {person.actions.map((action) => t('monitoring.monitor.actionRef', action)).join('; ')}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {gaps.below.length > 0 && (
        <ScrollTable caption={t('monitoring.monitor.belowCaption', { month })} minWidth={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('monitoring.monitor.organization')}</Table.Th>
              <Table.Th scope="col">{t('monitoring.monitor.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('monitoring.monitor.reported')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('monitoring.monitor.missing')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gaps.below.map((row) => (
              <Table.Tr key={row.organizationId}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/o/$orgId/monitor" params={{ orgId: row.organizationId }}>
                    {row.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>
                  {t(`app.kinds.${row.kind as OrganizationKind}`, { defaultValue: row.kind })}
                </Table.Td>
                <Table.Td ta="right">
                  {t('monitoring.monitor.reportedOf', { reported: row.reported, due: row.due })}
                </Table.Td>
                <Table.Td ta="right">{Math.max(0, row.due - row.reported)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {organization.abilities.reportStatus && gaps.missing.length > 0 && (
        <AnchorLink
          to="/o/$orgId/status"
          params={{ orgId: organization.id }}
          search={{ period: gaps.period, scope: 'all' }}
        >
          {t('monitoring.monitor.reportMissing')}
        </AnchorLink>
      )}
    </Stack>
  );
}

function MoreLinks({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const links = [
    { to: '/o/$orgId/measures', key: 'measures' },
    { to: '/o/$orgId/supports', key: 'supports' },
    { to: '/o/$orgId/reports', key: 'reports' },
    { to: '/o/$orgId/reporting-calendar', key: 'calendar' },
  ] as const;
  return (
    <Panel id="monitor-more" title={t('monitoring.monitor.more')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {links.map((link) => (
          <div key={link.key}>
            <AnchorLink to={link.to} params={{ orgId: organization.id }} fw={600}>
              {t(`monitoring.monitor.links.${link.key}.title`)}
            </AnchorLink>
            <Text size="sm" c="gray.7">
              {t(`monitoring.monitor.links.${link.key}.body`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Panel>
  );
}
