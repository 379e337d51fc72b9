import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { RoleBadge, StateBadge } from '../common/badges';
import { ConfirmModal } from '../common/ConfirmModal';
import { DangerButton } from '../common/DangerButton';
import { DataTable } from '../common/DataTable';
import { nowrap, useFormat } from '../common/format';
import type { Invitation, InvitationStatus } from '../types';
import { useInvitations, useRevokeInvitation } from './api';

const statusColors: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'throughline',
  revoked: 'gray',
  expired: 'gray',
};

export function InvitationsTable({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useInvitations(organizationId, true);
  const revoke = useRevokeInvitation(organizationId);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  if (invitations.isPending) return <Loading />;
  if (invitations.error) return <ErrorState error={invitations.error} />;
  if (invitations.data.items.length === 0) return <Text c="gray.7">{t('admin.people.noInvitations')}</Text>;

  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <>
      <DataTable caption={t('admin.people.invitationsCaption')} minWidth={720} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.people.email')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.role')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.invitedBy')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.sent')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.expires')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.status')}</Table.Th>
            <Table.Th scope="col">{t('admin.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.data.items.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={500}>
                {invitation.email}
              </Table.Th>
              <Table.Td>{invitation.name ?? '—'}</Table.Td>
              <Table.Td>
                <RoleBadge role={invitation.role} />
              </Table.Td>
              <Table.Td>{invitation.invitedBy?.name ?? '—'}</Table.Td>
              <Table.Td style={nowrap}>{format.date(invitation.createdAt)}</Table.Td>
              <Table.Td style={nowrap}>{format.date(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                <StateBadge color={statusColors[invitation.status]}>
                  {t(`admin.people.invitationStatus.${invitation.status}`)}
                </StateBadge>
              </Table.Td>
              <Table.Td>
                {invitation.status === 'pending' && (
                  <DangerButton
                    onClick={() => setRevoking(invitation)}
                    aria-label={t('admin.people.revokeFor', { email: invitation.email })}
                  >
                    {t('admin.people.revoke')}
                  </DangerButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={revoking !== null}
        title={t('admin.people.revokeTitle')}
        confirmLabel={t('admin.people.revoke')}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        onClose={close}
        pending={revoke.isPending}
        error={revoke.error}
      >
        {revoking && t('admin.people.revokeConfirm', { email: revoking.email })}
      </ConfirmModal>
    </>
  );
}
