import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AvailabilitySetting,
  CloneFrameworkInput,
  FrameworkDetail,
  FrameworkSummary,
  SetAvailabilityInput,
} from '../../../shared/schemas/framework';
import type { FrameworkFile } from '../../../shared/schemas/framework-format';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { api, query } from '../../api/client';
import { organizationKey } from '../../api/hooks';

export const frameworksKey = ['frameworks'] as const;
const frameworkKey = (id: string) => ['framework', id] as const;
const availabilityKey = (organizationId: string) => ['framework-availability', organizationId] as const;

export const schemaHref = '/api/frameworks/schema.json';

/** Every framework version the caller can see; availability is reported for `organizationId` when given. */
export function useFrameworks(organizationId?: string | null) {
  return useQuery({
    queryKey: [...frameworksKey, organizationId ?? null],
    queryFn: () =>
      api
        .get<{ items: FrameworkSummary[] }>(`/api/frameworks${query({ organizationId })}`)
        .then((r) => r.items),
  });
}

export function useFramework(id: string) {
  return useQuery({
    queryKey: frameworkKey(id),
    queryFn: () => api.get<FrameworkDetail>(`/api/frameworks/${id}`),
  });
}

export function fetchFramework(id: string) {
  return api.get<FrameworkDetail>(`/api/frameworks/${id}`);
}

/** After any authoring step the list and the changed framework are stale. */
function useFrameworkChanged() {
  const queryClient = useQueryClient();
  return async (framework: FrameworkDetail) => {
    queryClient.setQueryData(frameworkKey(framework.id), framework);
    await queryClient.invalidateQueries({ queryKey: frameworksKey });
  };
}

export function useImportFramework(organizationId: string) {
  const changed = useFrameworkChanged();
  return useMutation({
    mutationFn: (definition: unknown) =>
      api.post<FrameworkDetail>(`/api/organizations/${organizationId}/frameworks`, { definition }),
    onSuccess: changed,
  });
}

export function useCloneFramework() {
  const changed = useFrameworkChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: CloneFrameworkInput & { id: string }) =>
      api.post<FrameworkDetail>(`/api/frameworks/${id}/clone`, input),
    onSuccess: changed,
  });
}

export function useSaveFramework(id: string) {
  const changed = useFrameworkChanged();
  return useMutation({
    mutationFn: (input: { definition: FrameworkFile; revision: number }) =>
      api.put<FrameworkDetail>(`/api/frameworks/${id}`, input),
    onSuccess: changed,
  });
}

export function usePublishFramework() {
  const changed = useFrameworkChanged();
  return useMutation({
    // The list carries no revision, so the current one is read just before publishing.
    mutationFn: async ({ id, revision }: { id: string; revision?: number }) => {
      const current = revision ?? (await fetchFramework(id)).revision;
      return api.post<FrameworkDetail>(`/api/frameworks/${id}/publish`, { revision: current });
    },
    onSuccess: changed,
  });
}

export function useAvailability(organizationId: string) {
  return useQuery({
    queryKey: availabilityKey(organizationId),
    queryFn: () =>
      api
        .get<{ items: AvailabilitySetting[] }>(`/api/organizations/${organizationId}/framework-availability`)
        .then((r) => r.items),
  });
}

export function useSetAvailability(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetAvailabilityInput) =>
      api.put<{ items: AvailabilitySetting[] }>(
        `/api/organizations/${organizationId}/framework-availability`,
        input,
      ),
    onSuccess: async (result) => {
      queryClient.setQueryData(availabilityKey(organizationId), result.items);
      await queryClient.invalidateQueries({ queryKey: frameworksKey });
    },
  });
}

/** The organization in context, when there is one (the library can be opened outside any organization). */
export function useOptionalOrganization(id: string | null) {
  return useQuery({
    queryKey: organizationKey(id ?? ''),
    queryFn: () => api.get<OrganizationDetail>(`/api/organizations/${id}`),
    enabled: !!id,
  });
}
