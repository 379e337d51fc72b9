import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { RoleBadge } from '../common/badges';
import { ConfirmModal } from '../common/ConfirmModal';
import { DangerButton } from '../common/DangerButton';
import { DataTable } from '../common/DataTable';
import { nowrap, useFormat } from '../common/format';
import { StatusMessage } from '../common/StatusMessage';
import type { Member } from '../types';
import { useMembers, useRemoveMembership } from './api';

type Props = { organizationId: string; organizationName: string; canManage: boolean };

export function MembersTable({ organizationId, organizationName, canManage }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers(organizationId);
  const remove = useRemoveMembership(organizationId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  if (members.isPending) return <Loading />;
  if (members.error) return <ErrorState error={members.error} />;
  if (members.data.items.length === 0) return <Text c="gray.7">{t('admin.people.noMembers')}</Text>;

  const close = () => {
    setRemoving(null);
    remove.reset();
  };
  const confirm = () => {
    if (!removing) return;
    remove.mutate(removing.membershipId, {
      onSuccess: () => {
        setRemoved(
          t('admin.people.removed', {
            name: removing.person.name,
            role: t(`app.roles.${removing.role}`),
          }),
        );
        setRemoving(null);
      },
    });
  };

  return (
    <>
      {removed && <StatusMessage onClose={() => setRemoved(null)}>{removed}</StatusMessage>}
      <DataTable
        caption={t('admin.people.membersCaption', { organization: organizationName })}
        minWidth={640}
        striped
        highlightOnHover
        verticalSpacing="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.people.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.email')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.position')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.role')}</Table.Th>
            <Table.Th scope="col">{t('admin.people.added')}</Table.Th>
            {canManage && <Table.Th scope="col">{t('admin.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.data.items.map((member) => (
            <Table.Tr key={member.membershipId}>
              <Table.Th scope="row" fw={500}>
                {member.person.name}
              </Table.Th>
              <Table.Td>{member.person.email}</Table.Td>
              <Table.Td>{member.person.position ?? '—'}</Table.Td>
              <Table.Td>
                <RoleBadge role={member.role} />
              </Table.Td>
              <Table.Td style={nowrap}>{format.date(member.createdAt)}</Table.Td>
              {canManage && (
                <Table.Td>
                  <DangerButton
                    onClick={() => setRemoving(member)}
                    aria-label={t('admin.people.removeRoleOf', {
                      name: member.person.name,
                      role: t(`app.roles.${member.role}`),
                    })}
                  >
                    {t('admin.people.removeRole')}
                  </DangerButton>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={removing !== null}
        title={t('admin.people.removeTitle')}
        confirmLabel={t('admin.people.removeRole')}
        onConfirm={confirm}
        onClose={close}
        pending={remove.isPending}
        error={remove.error}
      >
        {removing &&
          t('admin.people.removeConfirm', {
            name: removing.person.name,
            role: t(`app.roles.${removing.role}`),
            organization: organizationName,
          })}
      </ConfirmModal>
    </>
  );
}
