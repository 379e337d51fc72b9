import type { ReactNode } from 'react';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useOrgId } from '../../shell/navigation';

/** Loads the organization in the address and gives the page its heading once it is known. */
export function OrganizationFrame({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: (organization: OrganizationDetail) => ReactNode;
  children: (organization: OrganizationDetail) => ReactNode;
}) {
  const organization = useOrganization(useOrgId());
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const org = organization.data;
  return (
    <>
      <PageHeader organization={org} title={title} description={description} actions={actions?.(org)} />
      {children(org)}
    </>
  );
}
