import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TokenScope } from '../../../../shared/roles';
import { api } from '../../../api/client';
import type { ApiToken, ApiTokenCreated, List } from '../types';

const tokensKey = (organizationId: string) => ['organization', organizationId, 'api-tokens'] as const;

export function useApiTokens(organizationId: string) {
  return useQuery({
    queryKey: tokensKey(organizationId),
    queryFn: () => api.get<List<ApiToken>>(`/api/organizations/${organizationId}/api-tokens`),
  });
}

export function useCreateApiToken(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scope: TokenScope }) =>
      api.post<ApiTokenCreated>(`/api/organizations/${organizationId}/api-tokens`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(organizationId) }),
  });
}

export function useRevokeApiToken(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.post<void>(`/api/api-tokens/${tokenId}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey(organizationId) }),
  });
}
