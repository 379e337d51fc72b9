import type { ReactNode } from 'react';
import type { ReportingCalendar } from '../../../shared/schemas/monitoring';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useOrgId } from '../../shell/navigation';
import { AnnounceProvider } from '../plans/tree/announce';
import { useReportingCalendar } from './api';

type Content = (organization: OrganizationDetail, calendar: ReportingCalendar) => ReactNode;

/** What every monitoring page waits for before anything else: the organization and its reporting calendar. */
export function WithOrganizationCalendar({ children }: { children: Content }) {
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const calendar = useReportingCalendar(organizationId);
  if (organization.isPending || calendar.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (calendar.error) return <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />;
  return children(organization.data, calendar.data);
}

/** A monitoring page: the organization's header, then content that announces what its forms did. */
export function MonitoringPage({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: Content;
}) {
  return (
    <WithOrganizationCalendar>
      {(organization, calendar) => (
        <>
          <PageHeader organization={organization} title={title} description={description} />
          <AnnounceProvider>{children(organization, calendar)}</AnnounceProvider>
        </>
      )}
    </WithOrganizationCalendar>
  );
}
