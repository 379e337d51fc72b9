import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { Me } from '../../shared/schemas/auth';
import { useSignOut } from '../api/session';
import { BellIcon, ChevronDownIcon, LogoutIcon } from '../components/icons';
import { useTranslation } from '../i18n';

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { person } = me;

  return (
    <Menu position="bottom-end" width={260} shadow="md" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('shell.user.menu', { name: person.name })}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          p={4}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="throughline" radius="xl" size={34} aria-hidden="true">
              {initials(person.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="lg" truncate maw={160}>
              {person.name}
            </Text>
            <ChevronDownIcon size={16} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark.9">
            {person.name}
          </Text>
          <Text size="xs" c="gray.7">
            {person.email}
          </Text>
          {person.position && (
            <Text size="xs" c="gray.7">
              {person.position}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item leftSection={<BellIcon size={16} />} onClick={() => navigate({ to: '/settings' })}>
          {t('reminders.menu.settings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<LogoutIcon size={16} />}
          onClick={() =>
            signOut.mutate(undefined, {
              onSettled: () => navigate({ to: '/sign-in' }),
            })
          }
        >
          {t('shell.user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
