import { Anchor, Code, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Trans } from 'react-i18next';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { AdminPage } from './common/AdminPage';
import { StateBadge } from './common/badges';
import { DataTable } from './common/DataTable';
import { nowrap, useFormat } from './common/format';
import { Notice } from './common/Notice';
import { type DeliveryStatus, deliveryStatus, useOutbox } from './outbox/api';
import { EmailModal } from './outbox/EmailModal';
import type { OutboxEmail } from './types';

const statusColors: Record<DeliveryStatus, string> = { sent: 'throughline', queued: 'blue', failed: 'red' };

function OutboxTable({
  organizationId,
  organizationName,
}: {
  organizationId: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useOutbox(organizationId);
  const [reading, setReading] = useState<OutboxEmail | null>(null);

  if (outbox.isPending) return <Loading />;
  if (outbox.error) return <ErrorState error={outbox.error} />;
  if (outbox.data.items.length === 0) return <Text c="gray.7">{t('admin.outbox.none')}</Text>;

  return (
    <>
      <DataTable
        caption={t('admin.outbox.caption', { organization: organizationName })}
        minWidth={640}
        striped
        highlightOnHover
        verticalSpacing="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.outbox.subject')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.to')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.time')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outbox.data.items.map((email) => {
            const status = deliveryStatus(email);
            return (
              <Table.Tr key={email.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => setReading(email)} ta="left">
                    {email.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{email.to}</Table.Td>
                <Table.Td style={nowrap}>
                  <time dateTime={email.createdAt}>{format.dateTime(email.createdAt)}</time>
                </Table.Td>
                <Table.Td>
                  <StateBadge color={statusColors[status]}>{t(`admin.outbox.statuses.${status}`)}</StateBadge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      <EmailModal email={reading} onClose={() => setReading(null)} />
    </>
  );
}

/** Every email Throughline wrote for this organization, sent or waiting. */
export default function OutboxPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.outbox.title')} requires="readOutbox">
      {(organization) => (
        <>
          <Notice color="gray" variant="outline" title={t('admin.outbox.smtpTitle')}>
            <Text size="sm">
              <Trans i18nKey="admin.outbox.smtp" components={{ code: <Code c="dark.9" /> }} />
            </Text>
          </Notice>
          <Paper withBorder p="lg">
            <OutboxTable organizationId={organizationId} organizationName={organization.name} />
          </Paper>
        </>
      )}
    </AdminPage>
  );
}
