import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { childKinds } from '../../../shared/roles';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { AdminPage } from './common/AdminPage';
import { ConfirmModal } from './common/ConfirmModal';
import { isConflict } from './common/errors';
import { StatusMessage } from './common/StatusMessage';
import { useArchiveNetwork, useNetworks } from './networks/api';
import { NetworkCard } from './networks/NetworkCard';
import { NetworkForm } from './networks/NetworkForm';
import type { Network } from './types';

type Editing = { mode: 'create' } | { mode: 'edit'; id: string };

function Networks({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const networks = useNetworks(organization.id);
  const archive = useArchiveNetwork(organization.id);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [archivingId, setArchivingId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (networks.isPending) return <Loading />;
  if (networks.error) return <ErrorState error={networks.error} onRetry={() => networks.refetch()} />;

  const items = networks.data.items;
  // Both look the network up by id so a retry after a conflict uses the version just reloaded.
  const current = editing?.mode === 'edit' ? (items.find((n) => n.id === editing.id) ?? null) : null;
  const archiving = items.find((n) => n.id === archivingId) ?? null;
  const active = items.filter((n) => !n.archived);
  const archived = items.filter((n) => n.archived);
  // A network gathers organizations below its owner, so a school (with nothing below it) cannot form one.
  const canCreate = organization.abilities.update === true && childKinds[organization.kind].length > 0;

  const setArchived = (network: Network, value: boolean) =>
    archive.mutate(
      { network, archived: value },
      {
        onSuccess: (saved) => {
          setArchivingId(null);
          setMessage(
            t(value ? 'admin.networks.archivedMessage' : 'admin.networks.restoredMessage', {
              name: saved.name,
            }),
          );
        },
      },
    );
  const card = (network: Network) => (
    <NetworkCard
      key={network.id}
      network={network}
      onEdit={() => setEditing({ mode: 'edit', id: network.id })}
      onArchive={() => setArchivingId(network.id)}
      onRestore={() => setArchived(network, false)}
      restoring={archive.isPending && archive.variables?.network.id === network.id}
    />
  );

  return (
    <>
      <Group justify="space-between">
        <Text>
          {childKinds[organization.kind].length > 0
            ? t('admin.networks.intro', { organization: organization.name })
            : t('admin.networks.introSchool')}
        </Text>
        {canCreate && (
          <Button onClick={() => setEditing({ mode: 'create' })}>{t('admin.networks.new')}</Button>
        )}
      </Group>
      {message && <StatusMessage onClose={() => setMessage(null)}>{message}</StatusMessage>}
      {archive.error && !archiving && <ErrorState error={archive.error} />}
      {active.length === 0 && <Text c="gray.7">{t('admin.networks.none')}</Text>}
      <Stack gap="md">{active.map(card)}</Stack>
      {archived.length > 0 && (
        <Stack gap="md" component="section" aria-label={t('admin.networks.archivedSection')}>
          <Text fw={600}>{t('admin.networks.archivedSection')}</Text>
          {archived.map(card)}
        </Stack>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('admin.common.close') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={current ? t('admin.networks.editTitle', { name: current.name }) : t('admin.networks.newTitle')}
        size="lg"
      >
        {editing && (
          <NetworkForm
            key={current ? `${current.id}-${current.version}` : 'new'}
            organizationId={organization.id}
            network={current}
            onDone={() => setEditing(null)}
            onReload={() => void networks.refetch()}
            reloading={networks.isFetching}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={archiving !== null}
        title={t('admin.networks.archiveTitle')}
        confirmLabel={t('admin.networks.archive')}
        onConfirm={() => archiving && setArchived(archiving, true)}
        onClose={() => {
          setArchivingId(null);
          archive.reset();
        }}
        pending={archive.isPending}
        error={
          isConflict(archive.error)
            ? new Error(t('admin.networks.archiveConflict'))
            : (archive.error as Error | null)
        }
      >
        {archiving && t('admin.networks.archiveConfirm', { name: archiving.name })}
      </ConfirmModal>
    </>
  );
}

/** Groups of schools or districts this organization convenes, such as a turnaround network. */
export default function NetworksPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.networks.title')} requires="read">
      {(organization) => <Networks organization={organization} />}
    </AdminPage>
  );
}
