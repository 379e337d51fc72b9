import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import { useOrganization } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { Notice } from './Notice';

type Props = {
  organizationId: string;
  title: string;
  /** The ability the whole page needs; without it the page explains instead of failing request by request. */
  requires?: string;
  children: (organization: OrganizationDetail) => ReactNode;
};

/** Frame shared by the administration pages: heading with the organization's place, loading and permission states. */
export function AdminPage({ organizationId, title, requires, children }: Props) {
  const { t } = useTranslation();
  const organization = useOrganization(organizationId);
  const org = organization.data;
  useDocumentTitle(org ? `${title} · ${org.name} · ${t('app.name')}` : `${title} · ${t('app.name')}`);

  if (!org) {
    return (
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        {organization.error ? (
          <ErrorState error={organization.error} onRetry={() => organization.refetch()} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  return (
    <>
      <PageHeader organization={org} title={title} />
      <Stack gap="lg">
        {requires && !org.abilities[requires] ? (
          <Notice color="gray" title={t('admin.common.noAccessTitle')}>
            {t('admin.common.noAccess', { organization: org.name })}
          </Notice>
        ) : (
          children(org)
        )}
      </Stack>
    </>
  );
}
