import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import type { Network } from '../types';

type Props = {
  network: Network;
  onEdit: () => void;
  onArchive: () => void;
  onRestore: () => void;
  restoring: boolean;
};

export function NetworkCard({ network, onEdit, onArchive, onRestore, restoring }: Props) {
  const { t } = useTranslation();
  const headingId = `network-${network.id}`;
  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Title order={3} id={headingId}>
              {network.name}
            </Title>
            {network.archived && (
              <Badge color="gray" c="gray.9" tt="none">
                {t('admin.networks.archived')}
              </Badge>
            )}
          </Group>
          {network.abilities.update && (
            <Group gap="xs" wrap="nowrap">
              {network.archived ? (
                <Button size="xs" variant="default" onClick={onRestore} loading={restoring}>
                  {t('admin.networks.restore')}
                </Button>
              ) : (
                <>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={onEdit}
                    aria-label={t('admin.networks.editNamed', { name: network.name })}
                  >
                    {t('admin.networks.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    c="red.9"
                    onClick={onArchive}
                    aria-label={t('admin.networks.archiveNamed', { name: network.name })}
                  >
                    {t('admin.networks.archive')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
        {network.description && <Text>{network.description}</Text>}
        <div>
          <Text size="sm" fw={600} id={`${headingId}-members`}>
            {t('admin.networks.memberCount', { count: network.members.length })}
          </Text>
          {network.members.length > 0 && (
            <Group
              gap={6}
              mt={6}
              component="ul"
              aria-labelledby={`${headingId}-members`}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {network.members.map((member) => (
                <li key={member.id}>
                  <Badge variant="outline" color="gray" c="dark.9" tt="none" size="lg" fw={500}>
                    {member.name}
                  </Badge>
                </li>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Card>
  );
}
