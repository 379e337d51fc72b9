import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { FrameworkSummary } from '../../../../shared/schemas/framework';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import { AnchorLink } from '../../../components/links';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { useFrameworks, usePublishFramework } from '../api';
import { FrameworkBadges, useItemCount } from '../badges';
import { CloneModal } from './CloneModal';

/** The organization's drafts and published versions, with the authoring steps each allows. */
export function OwnFrameworks({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const frameworks = useFrameworks(org.id);
  const itemCount = useItemCount();
  const [cloning, setCloning] = useState(false);
  const [publishing, setPublishing] = useState<FrameworkSummary | null>(null);
  const [published, setPublished] = useState<FrameworkSummary | null>(null);
  const publish = usePublishFramework();

  if (frameworks.error) return <ErrorState error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  if (!frameworks.data) return <Loading />;
  const own = frameworks.data.filter((f) => f.owner?.id === org.id);
  const sources = frameworks.data.filter((f) => f.latest || f.status === 'draft');

  return (
    <>
      {published && (
        <StatusMessage onClose={() => setPublished(null)}>
          {t('frameworks.manage.published', { title: published.title, version: published.version })}
        </StatusMessage>
      )}
      {own.length === 0 ? (
        <Text c="gray.7">{t('frameworks.manage.ownNone', { name: org.name })}</Text>
      ) : (
        <DataTable caption={t('frameworks.manage.ownCaption', { name: org.name })} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('frameworks.manage.framework')}</Table.Th>
              <Table.Th scope="col">{t('frameworks.manage.status')}</Table.Th>
              <Table.Th scope="col">{t('frameworks.library.facts.items')}</Table.Th>
              <Table.Th scope="col">{t('frameworks.manage.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {own.map((framework) => (
              <Table.Tr key={framework.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {framework.title}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {framework.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <FrameworkBadges framework={framework} withAvailability={false} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{itemCount(framework)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="md" wrap="nowrap">
                    <AnchorLink
                      to="/frameworks/$frameworkId"
                      params={{ frameworkId: framework.id }}
                      size="sm"
                      aria-label={t('frameworks.manage.viewOf', { title: framework.title })}
                    >
                      {t('frameworks.manage.view')}
                    </AnchorLink>
                    {framework.status === 'draft' && (
                      <>
                        <AnchorLink
                          to="/frameworks/$frameworkId/edit"
                          params={{ frameworkId: framework.id }}
                          size="sm"
                          aria-label={t('frameworks.manage.editOf', { title: framework.title })}
                        >
                          {t('frameworks.manage.editDraft')}
                        </AnchorLink>
                        <Button
                          size="xs"
                          aria-label={t('frameworks.manage.publishOf', { title: framework.title })}
                          onClick={() => {
                            publish.reset();
                            setPublishing(framework);
                          }}
                        >
                          {t('frameworks.manage.publish')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <Group>
        <Button variant="default" onClick={() => setCloning(true)}>
          {t('frameworks.manage.cloneOpen')}
        </Button>
      </Group>
      <CloneModal
        opened={cloning}
        onClose={() => setCloning(false)}
        sources={sources}
        organizationId={org.id}
        onCloned={(draft) =>
          void navigate({ to: '/frameworks/$frameworkId/edit', params: { frameworkId: draft.id } })
        }
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('app.close') }}
        opened={publishing !== null}
        onClose={() => setPublishing(null)}
        title={
          publishing
            ? t('frameworks.manage.publishTitle', { title: publishing.title, version: publishing.version })
            : ''
        }
      >
        <Stack>
          <Text size="sm">
            {t('frameworks.manage.publishBody', { next: (publishing?.version ?? 0) + 1 })}
          </Text>
          {publish.error && (
            <Notice color="red" role="alert">
              {publish.error.message}
            </Notice>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPublishing(null)}>
              {t('app.cancel')}
            </Button>
            <Button
              loading={publish.isPending}
              onClick={() => {
                if (!publishing) return;
                publish.mutate(
                  { id: publishing.id },
                  {
                    onSuccess: () => {
                      setPublished(publishing);
                      setPublishing(null);
                    },
                  },
                );
              }}
            >
              {t('frameworks.manage.publishConfirm', { version: publishing?.version ?? '' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
