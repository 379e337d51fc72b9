import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useArchiveOrganization } from '../../api/organizations';
import { useTranslation } from '../../i18n';
import { MoveModal } from './MoveModal';

/** Archive, restore and move: decisions for the levels above, shown only to those who may make them. */
export function ManageOrganization({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation();
  const archive = useArchiveOrganization(org.id);
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const parent = org.trail[org.trail.length - 1];
  const parentKind = org.kind === 'school' ? 'district' : 'state';

  return (
    <Card component="section" aria-labelledby="profile-manage">
      <Title order={2} id="profile-manage" mb="md">
        {t('directory.manage.title')}
      </Title>
      <Stack gap="lg">
        {archive.error && (
          <Alert color="red" variant="light" role="alert">
            {archive.error.message}
          </Alert>
        )}
        {org.abilities.move && parent && (
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={600}>{t('directory.manage.move')}</Text>
              <Text size="sm" c="gray.7">
                {t('directory.manage.moveHelp', { kind: t(`app.kinds.${parentKind}`).toLowerCase() })}{' '}
                {t('directory.manage.moveCurrent', { name: parent.name })}
              </Text>
            </div>
            <Button variant="default" onClick={() => setMoving(true)} style={{ flexShrink: 0 }}>
              {t('directory.manage.move')}
            </Button>
          </Group>
        )}
        {org.abilities.archive && (
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={600}>
                {org.archived ? t('directory.manage.restore') : t('directory.manage.archive')}
              </Text>
              <Text size="sm" c="gray.7">
                {org.archived ? t('directory.manage.restoreHelp') : t('directory.manage.archiveHelp')}
              </Text>
            </div>
            {org.archived ? (
              <Button
                variant="default"
                loading={archive.isPending}
                onClick={() => archive.mutate({ archived: false, version: org.version })}
                style={{ flexShrink: 0 }}
              >
                {t('directory.manage.restore')}
              </Button>
            ) : (
              <Button
                variant="outline"
                color="red.9"
                onClick={() => setConfirming(true)}
                style={{ flexShrink: 0 }}
              >
                {t('directory.manage.archive')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': t('app.close') }}
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('directory.manage.archiveConfirmTitle', { name: org.name })}
      >
        <Text size="sm">{t('directory.manage.archiveHelp')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('app.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(
                { archived: true, version: org.version },
                { onSettled: () => setConfirming(false) },
              )
            }
          >
            {t('directory.manage.archiveConfirm')}
          </Button>
        </Group>
      </Modal>
      {org.abilities.move && (
        <MoveModal org={org} parentKind={parentKind} opened={moving} onClose={() => setMoving(false)} />
      )}
    </Card>
  );
}
