import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationList } from '../../../shared/schemas/plan';
import { api, query } from '../../api/client';

export type NotificationList = z.infer<typeof notificationList>;
const inboxKey = ['me', 'notifications'] as const;

/** The signed-in person's notifications; refreshed every minute so the header count stays honest. */
export function useNotifications(unreadOnly = false) {
  return useQuery({
    queryKey: [...inboxKey, { unreadOnly }],
    queryFn: () =>
      api.get<NotificationList>(`/api/me/notifications${query({ unread: unreadOnly || undefined })}`),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all'
        ? api.post('/api/me/notifications/read-all')
        : api.post(`/api/me/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}
