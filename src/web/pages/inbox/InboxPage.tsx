import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorState, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { type NotificationList, useMarkRead, useNotifications } from './api';

/** Everything that asked for this person's attention: mentions, replies, signature requests. */
export default function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('planNetwork.inbox.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const markRead = useMarkRead();

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={6}>
        <Title order={1}>{t('planNetwork.inbox.title')}</Title>
        <Text c="gray.7">{t('planNetwork.inbox.intro')}</Text>
      </Stack>
      <Group justify="space-between">
        <Checkbox
          label={t('planNetwork.inbox.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
        />
        <Button
          variant="default"
          onClick={() => markRead.mutate('all')}
          loading={markRead.isPending}
          disabled={(list.data?.unreadCount ?? 0) === 0}
        >
          {t('planNetwork.inbox.markAllRead')}
        </Button>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text c="gray.7">{t('planNetwork.inbox.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.data.items.map((item) => (
            <InboxItem key={item.id} item={item} onRead={() => markRead.mutate(item.id)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function InboxItem({ item, onRead }: { item: NotificationList['items'][number]; onRead: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const unread = item.readAt === null;
  const link = item.link;
  return (
    <Paper component="li" withBorder p="md" bg={unread ? 'white' : 'gray.0'}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            {unread && (
              <Badge color="throughline" variant="light" tt="none">
                {t('planNetwork.inbox.unread')}
              </Badge>
            )}
            <Text size="sm" c="gray.7">
              {format.dateTime(item.createdAt)}
            </Text>
          </Group>
          {link ? (
            <Anchor
              href={link}
              fw={600}
              onClick={(e) => {
                e.preventDefault();
                if (unread) onRead();
                void navigate({ href: link });
              }}
            >
              {item.title}
            </Anchor>
          ) : (
            <Text fw={600}>{item.title}</Text>
          )}
          {item.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.body}
            </Text>
          )}
        </Stack>
        {unread && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onRead}
            aria-label={t('planNetwork.inbox.markReadNamed', { title: item.title })}
          >
            {t('planNetwork.inbox.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
