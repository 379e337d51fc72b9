import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { AuditFilters } from './audit/AuditFilters';
import { AuditTable } from './audit/AuditTable';
import { type AuditFilterValues, emptyFilters, useAuditEvents } from './audit/api';
import { AdminPage } from './common/AdminPage';
import { Notice } from './common/Notice';
import { useMembers } from './people/api';

function AuditLog({
  organizationId,
  organizationName,
}: {
  organizationId: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(emptyFilters);
  const members = useMembers(organizationId);
  const events = useAuditEvents(organizationId, filters);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const seen = {
    entityTypes: [...new Set(items.map((event) => event.entityType))],
    actions: [...new Set(items.map((event) => event.action))],
  };

  return (
    <>
      <Notice color="gray" variant="outline" title={t('admin.audit.permanentTitle')}>
        {t('admin.audit.permanent')}
      </Notice>
      <Paper withBorder p="lg">
        <AuditFilters value={filters} onChange={setFilters} members={members.data?.items ?? []} seen={seen} />
      </Paper>
      {events.isPending && events.fetchStatus !== 'idle' && <Loading />}
      {events.error && <ErrorState error={events.error} />}
      {events.data && (
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Text role="status" c="gray.7">
              {items.length === 0
                ? t('admin.audit.none')
                : events.hasNextPage
                  ? t('admin.audit.showingMore', { count: items.length })
                  : t('admin.audit.showingAll', { count: items.length })}
            </Text>
            {items.length > 0 && (
              <AuditTable
                events={items}
                caption={t('admin.audit.caption', { organization: organizationName })}
              />
            )}
            {events.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => void events.fetchNextPage()}
                  loading={events.isFetchingNextPage}
                >
                  {t('admin.audit.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
    </>
  );
}

/** Who changed what, when: the organization's permanent record. */
export default function AuditPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.audit.title')} requires="readAudit">
      {(organization) => <AuditLog organizationId={organizationId} organizationName={organization.name} />}
    </AdminPage>
  );
}
