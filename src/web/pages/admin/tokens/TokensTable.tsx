import { Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { StateBadge } from '../common/badges';
import { ConfirmModal } from '../common/ConfirmModal';
import { DangerButton } from '../common/DangerButton';
import { DataTable } from '../common/DataTable';
import { nowrap, useFormat } from '../common/format';
import type { ApiToken } from '../types';
import { useApiTokens, useRevokeApiToken } from './api';

export function TokensTable({
  organizationId,
  organizationName,
}: {
  organizationId: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useApiTokens(organizationId);
  const revoke = useRevokeApiToken(organizationId);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  if (tokens.isPending) return <Loading />;
  if (tokens.error) return <ErrorState error={tokens.error} />;
  if (tokens.data.items.length === 0) return <Text c="gray.7">{t('admin.tokens.none')}</Text>;
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <>
      <DataTable
        caption={t('admin.tokens.caption', { organization: organizationName })}
        minWidth={720}
        striped
        verticalSpacing="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.scope')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.createdBy')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.created')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('admin.tokens.status')}</Table.Th>
            <Table.Th scope="col">{t('admin.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.data.items.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Th scope="row" fw={500}>
                {token.name}
              </Table.Th>
              <Table.Td>{t(`admin.tokens.scopes.${token.scope}.label`)}</Table.Td>
              <Table.Td>
                <Code c="dark.9">{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{token.createdBy.name}</Table.Td>
              <Table.Td style={nowrap}>{format.date(token.createdAt)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('admin.tokens.never')}
              </Table.Td>
              <Table.Td>
                {token.revokedAt ? (
                  <StateBadge color="gray">
                    {t('admin.tokens.revokedOn', { date: format.date(token.revokedAt) })}
                  </StateBadge>
                ) : (
                  <StateBadge color="throughline">{t('admin.tokens.active')}</StateBadge>
                )}
              </Table.Td>
              <Table.Td>
                {!token.revokedAt && (
                  <DangerButton
                    onClick={() => setRevoking(token)}
                    aria-label={t('admin.tokens.revokeNamed', { name: token.name })}
                  >
                    {t('admin.tokens.revoke')}
                  </DangerButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={revoking !== null}
        title={t('admin.tokens.revokeTitle')}
        confirmLabel={t('admin.tokens.revoke')}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        onClose={close}
        pending={revoke.isPending}
        error={revoke.error}
      >
        {revoking && t('admin.tokens.revokeConfirm', { name: revoking.name })}
      </ConfirmModal>
    </>
  );
}
