import { type ComponentType, Suspense } from 'react';
import { useOrganization } from '../api/hooks';
import { Loading } from '../components/QueryState';
import { usePageTitle } from '../components/usePageTitle';
import { useTranslation } from '../i18n';
import { useOrgId } from './navigation';

/** Gives an administration page its organization and a tab title, then loads its code. */
export function AdminRoute({
  Page,
  titleKey,
}: {
  Page: ComponentType<{ organizationId: string }>;
  titleKey: string;
}) {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  usePageTitle(t(titleKey), organization.data?.name);
  return (
    <Suspense fallback={<Loading />}>
      <Page organizationId={organizationId} />
    </Suspense>
  );
}
