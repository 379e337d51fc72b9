import { Group, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { reportingMonth } from '../../../shared/monitoring/calendar';
import type { ReportingCalendar, StatusSheetQuery } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useStatusSheet } from './api';
import { MonitoringPage } from './MonitoringPage';
import { localToday, monthChoices, monthLabel, withChosen } from './periods';
import { StatusSheetForm } from './StatusSheetForm';
import { useStatusDrafts } from './useStatusDrafts';

type Scope = StatusSheetQuery['scope'];
type Search = { period?: string; scope?: Scope; team?: string };
const scopes: Scope[] = ['mine', 'team', 'all'];

/** Monthly status: every action due this month, reported in a few minutes, saved in one go. */
export default function StatusPage() {
  const { t } = useTranslation();
  return (
    <MonitoringPage title={t('monitoring.status.title')} description={t('monitoring.status.intro')}>
      {(organization, calendar) => <StatusEntry organization={organization} calendar={calendar} />}
    </MonitoringPage>
  );
}

function StatusEntry({
  organization,
  calendar,
}: {
  organization: OrganizationDetail;
  calendar: ReportingCalendar;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Search;
  const today = localToday();
  const period = search.period ?? reportingMonth(calendar, today);
  const go = (next: Search) =>
    navigate({ to: '.', search: { ...search, ...next }, replace: true, resetScroll: false });
  const months = withChosen(monthChoices(calendar, today), period);
  const monthPicker = (
    <NativeSelect
      label={t('monitoring.status.month')}
      value={period}
      onChange={(event) => go({ period: event.currentTarget.value })}
      data={months.map((month) => ({ value: month, label: monthLabel(month, i18n.language) }))}
      w={220}
    />
  );
  // A month starts from its own reports, so unsaved input does not follow the reader to another month.
  return (
    <StatusMonth
      key={period}
      organization={organization}
      period={period}
      search={search}
      go={go}
      monthPicker={monthPicker}
    />
  );
}

function StatusMonth({
  organization,
  period,
  search,
  go,
  monthPicker,
}: {
  organization: OrganizationDetail;
  period: string;
  search: Search;
  go: (next: Search) => void;
  monthPicker: ReactNode;
}) {
  const { t } = useTranslation();
  // Action owners report only their own actions; everyone else may look wider.
  const ownOnly = organization.abilities.reportStatus && !organization.abilities.writePlan;
  // Readers from above have no actions of their own here.
  const reports = organization.abilities.reportStatus;
  const visibleScopes = reports ? scopes : scopes.filter((s) => s !== 'mine');
  const requested = search.scope ?? (reports ? 'mine' : 'all');
  const scope: Scope = ownOnly ? 'mine' : visibleScopes.includes(requested) ? requested : 'all';
  const team = scope === 'team' ? search.team : undefined;
  const params = { period, scope, team };
  const sheet = useStatusSheet(organization.id, params);
  // Held here rather than in the list, so switching between tabs keeps what was typed.
  const drafts = useStatusDrafts();
  const teams = sheet.data?.teams ?? [];

  const body = sheet.isPending ? (
    <Loading />
  ) : sheet.error ? (
    <ErrorState error={sheet.error} onRetry={() => sheet.refetch()} />
  ) : scope === 'team' && teams.length === 0 ? (
    <Text c="gray.7">{t('monitoring.status.noTeams')}</Text>
  ) : (
    <StatusSheetForm organizationId={organization.id} sheet={sheet.data} params={params} drafts={drafts} />
  );

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="lg" wrap="wrap">
        {monthPicker}
        {scope === 'team' && teams.length > 0 && (
          <NativeSelect
            label={t('monitoring.status.team')}
            value={team ?? ''}
            onChange={(event) => go({ team: event.currentTarget.value })}
            data={[
              ...(team ? [] : [{ value: '', label: t('monitoring.status.chooseTeam') }]),
              ...teams.map((name) => ({ value: name, label: name })),
            ]}
            w={320}
          />
        )}
      </Group>
      {ownOnly ? (
        body
      ) : (
        <Tabs
          value={scope}
          keepMounted={false}
          onChange={(value) => {
            if (!value) return;
            const next = value as Scope;
            go({ scope: next, team: next === 'team' ? (search.team ?? teams[0]) : undefined });
          }}
        >
          <Tabs.List aria-label={t('monitoring.status.scopes')} mb="md">
            {visibleScopes.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`monitoring.status.scope.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {visibleScopes.map((key) => (
            <Tabs.Panel key={key} value={key}>
              {key === scope && body}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
