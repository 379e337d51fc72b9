import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateOrganizationInput,
  OrganizationDetail,
  OrganizationSummary,
  UpdateOrganizationInput,
} from '../../shared/schemas/organization';
import { api, query } from './client';
import { organizationKey } from './hooks';

export type OrganizationListParams = {
  search?: string;
  parentId?: string;
  kind?: string;
  includeArchived?: boolean;
  limit?: number;
};

export const organizationListKey = ['organizations'] as const;

export function fetchOrganizations(params: OrganizationListParams) {
  return api.get<{ items: OrganizationSummary[] }>(`/api/organizations${query(params)}`).then((r) => r.items);
}

/** A page of organizations; the previous page stays on screen while a new search loads. */
export function useOrganizationList(params: OrganizationListParams, enabled = true) {
  return useQuery({
    queryKey: [...organizationListKey, params],
    queryFn: () => fetchOrganizations(params),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** After any change to the tree, every list and the changed organization are stale. */
function useTreeChanged() {
  const queryClient = useQueryClient();
  return async (organization?: OrganizationDetail) => {
    if (organization) queryClient.setQueryData(organizationKey(organization.id), organization);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: organizationListKey }),
      queryClient.invalidateQueries({ queryKey: ['organization'] }),
    ]);
  };
}

export function useCreateOrganization() {
  const changed = useTreeChanged();
  return useMutation({
    mutationFn: (input: CreateOrganizationInput) => api.post<OrganizationDetail>('/api/organizations', input),
    onSuccess: (org) => changed(org),
  });
}

export function useUpdateOrganization(id: string) {
  const changed = useTreeChanged();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) =>
      api.patch<OrganizationDetail>(`/api/organizations/${id}`, input),
    onSuccess: (org) => changed(org),
  });
}

export function useMoveOrganization(id: string) {
  const changed = useTreeChanged();
  return useMutation({
    mutationFn: (input: { parentId: string; version: number }) =>
      api.post<OrganizationDetail>(`/api/organizations/${id}/move`, input),
    onSuccess: (org) => changed(org),
  });
}

export function useArchiveOrganization(id: string) {
  const changed = useTreeChanged();
  return useMutation({
    mutationFn: (input: { archived: boolean; version: number }) =>
      api.post<OrganizationDetail>(`/api/organizations/${id}/archive`, input),
    onSuccess: (org) => changed(org),
  });
}
