import { Stack, Tabs, Text } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { Support } from '../../../shared/schemas/supports';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { Notice } from '../admin/common/Notice';
import { useCurrentPlan, useSupport, useSupports } from './api';
import { BelowSupports } from './BelowSupports';
import { ProvideSupportForm } from './ProvideSupportForm';
import { RequestSupportForm } from './RequestSupportForm';
import { SupportCard } from './SupportCard';

type View = 'ours' | 'requests' | 'below';

/** Which view holds a support from this organization's side: its own, asked of it, or one below. */
function viewOf(support: Support, organizationId: string): View {
  if (support.organization.id === organizationId) return 'ours';
  if (support.respondent?.id === organizationId) return 'requests';
  return 'below';
}

/**
 * Supports from three sides: this organization's own (asked for and received, with the request form and
 * the ratings), those asked of it by the organizations below, and, for districts and states, everything
 * below by practice. `?support=<id>` (the inbox link) opens that support's view with its form open.
 */
export default function SupportsPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  const search = useSearch({ strict: false });
  const linked = useSupport(search.support ?? null);
  const [chosen, setChosen] = useState<View | null>(null);
  if (organization.isPending || (search.support && linked.isPending)) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const org = organization.data;
  const openId = linked.data?.id ?? null;
  const view = chosen ?? (linked.data ? viewOf(linked.data, org.id) : 'ours');
  const hasBelow = org.childCount > 0 || view !== 'ours';

  return (
    <>
      <PageHeader
        organization={org}
        title={t('supports.page.title')}
        description={t('supports.page.intro')}
      />
      {search.support && linked.error && (
        <Notice color="gray" mb="lg" maw={760}>
          <Text size="sm">{t('supports.page.notFound')}</Text>
        </Notice>
      )}
      {hasBelow ? (
        <Tabs value={view} onChange={(value) => value && setChosen(value as View)} keepMounted={false}>
          <Tabs.List aria-label={t('supports.page.tabs')} mb="lg">
            <Tabs.Tab value="ours">{t('supports.page.ours')}</Tabs.Tab>
            <Tabs.Tab value="requests">{t('supports.page.requests')}</Tabs.Tab>
            <Tabs.Tab value="below">{t('supports.page.below')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="ours">
            <OurSupports organization={org} openId={openId} />
          </Tabs.Panel>
          <Tabs.Panel value="requests">
            <RequestsToUs organization={org} openId={openId} />
          </Tabs.Panel>
          <Tabs.Panel value="below">
            <BelowSupports organization={org} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <OurSupports organization={org} openId={openId} />
      )}
    </>
  );
}

function OurSupports({ organization, openId }: { organization: OrganizationDetail; openId: string | null }) {
  const { t } = useTranslation();
  const list = useSupports(organization.id, 'received');
  const plan = useCurrentPlan(organization.id);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const { items, askOrganization, abilities } = list.data;
  return (
    <Stack gap="xl">
      <Text maw={760}>{t('supports.ours.intro', { organization: organization.name })}</Text>
      {abilities.request &&
        askOrganization &&
        (plan.isPending ? (
          <Loading />
        ) : (
          <RequestSupportForm
            organizationId={organization.id}
            askOrganization={askOrganization}
            plan={plan.tree}
          />
        ))}
      {abilities.provide &&
        (plan.isPending ? <Loading /> : <ProvideSupportForm organization={organization} plan={plan.tree} />)}
      <SupportList
        items={items}
        view="ours"
        openId={openId}
        label={t('supports.ours.caption', { organization: organization.name })}
        empty={t('supports.ours.empty', { organization: organization.name })}
        emptyTitle={t('supports.ours.emptyTitle')}
      />
    </Stack>
  );
}

function RequestsToUs({ organization, openId }: { organization: OrganizationDetail; openId: string | null }) {
  const { t } = useTranslation();
  const list = useSupports(organization.id, 'requested_of_us');
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Stack gap="xl">
      <Text maw={760}>{t('supports.requests.intro', { organization: organization.name })}</Text>
      <SupportList
        items={list.data.items}
        view="requests"
        openId={openId}
        label={t('supports.page.requests')}
        empty={t('supports.requests.empty', { organization: organization.name })}
        emptyTitle={t('supports.requests.emptyTitle')}
      />
    </Stack>
  );
}

function SupportList({
  items,
  view,
  openId,
  label,
  empty,
  emptyTitle,
}: {
  items: Support[];
  view: 'ours' | 'requests';
  openId: string | null;
  label: string;
  empty: string;
  emptyTitle: string;
}) {
  if (items.length === 0)
    return (
      <Notice color="gray" title={emptyTitle} maw={760}>
        <Text size="sm">{empty}</Text>
      </Notice>
    );
  return (
    <Stack gap="md" maw={960} component="section" aria-label={label}>
      {items.map((support) => (
        <SupportCard key={support.id} support={support} view={view} opened={support.id === openId} />
      ))}
    </Stack>
  );
}
