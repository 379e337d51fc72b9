import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateNetworkInput, UpdateNetworkInput } from '../../../../shared/schemas/network';
import { api } from '../../../api/client';
import type { List, Network } from '../types';

export const networksKey = (organizationId: string) => ['organization', organizationId, 'networks'] as const;

export function useNetworks(organizationId: string) {
  return useQuery({
    queryKey: networksKey(organizationId),
    queryFn: () => api.get<List<Network>>(`/api/organizations/${organizationId}/networks`),
  });
}

export type NetworkValues = { name: string; description: string; memberIds: string[] };

/** Saves a new network, or changes to an existing one at the version the form was opened with. */
export function useSaveNetwork(organizationId: string, network: Network | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: NetworkValues) => {
      if (!network) {
        const input: CreateNetworkInput = values;
        return api.post<Network>(`/api/organizations/${organizationId}/networks`, input);
      }
      const input: UpdateNetworkInput = { ...values, version: network.version };
      return api.patch<Network>(`/api/networks/${network.id}`, input);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: networksKey(organizationId) }),
  });
}

export function useArchiveNetwork(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ network, archived }: { network: Network; archived: boolean }) =>
      api.post<Network>(`/api/networks/${network.id}/archive`, { archived, version: network.version }),
    // A conflict means the list is stale too; reloading it lets the next attempt use the current version.
    onSettled: () => client.invalidateQueries({ queryKey: networksKey(organizationId) }),
  });
}
