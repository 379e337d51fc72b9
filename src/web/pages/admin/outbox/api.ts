import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { List, OutboxEmail } from '../types';

export function useOutbox(organizationId: string) {
  return useQuery({
    queryKey: ['organization', organizationId, 'outbox'],
    queryFn: () => api.get<List<OutboxEmail>>(`/api/organizations/${organizationId}/outbox`),
  });
}

export type DeliveryStatus = 'sent' | 'queued' | 'failed';

export function deliveryStatus(email: OutboxEmail): DeliveryStatus {
  if (email.sentAt) return 'sent';
  return email.error ? 'failed' : 'queued';
}
