import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../shared/schemas/auth';
import type {
  CreateMetricInput,
  ImportMapping,
  ImportPreview,
  ImportResult,
  MeasureProgress,
  MeasureReviewInput,
  Metric,
  MetricUpdate,
  Observation,
  ObservationInput,
} from '../../../shared/schemas/performance';
import { api, query } from '../../api/client';
import { meKey } from '../../api/hooks';
import { postForm, type UploadProgress } from './upload';

export const metricsKey = (organizationId: string) => ['organization', organizationId, 'metrics'] as const;
export const observationsKey = (organizationId: string) =>
  ['organization', organizationId, 'observations'] as const;
export const measuresKey = (planId: string) => ['plan', planId, 'measures'] as const;

/** The catalogue the organization reports against: its own metrics and those of the organizations above. */
export function useMetrics(organizationId: string, archived = false) {
  return useQuery({
    queryKey: [...metricsKey(organizationId), { archived }],
    queryFn: () =>
      api.get<{ items: Metric[] }>(
        `/api/organizations/${organizationId}/metrics${query({ archived: archived || undefined })}`,
      ),
  });
}

export function useCreateMetric(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMetricInput) =>
      api.post<Metric>(`/api/organizations/${organizationId}/metrics`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: metricsKey(organizationId) }),
  });
}

/** Edits a metric; `archived` takes it out of the lists for entering data without losing what it holds. */
export function useUpdateMetric(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: MetricUpdate & { id: string }) =>
      api.patch<Metric>(`/api/metrics/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: metricsKey(organizationId) }),
  });
}

export function useObservations(organizationId: string, metricId: string | undefined) {
  return useQuery({
    queryKey: [...observationsKey(organizationId), metricId],
    queryFn: () =>
      api.get<{ items: Observation[] }>(
        `/api/organizations/${organizationId}/observations${query({ metricId })}`,
      ),
    enabled: !!metricId,
  });
}

/** New figures change the observation lists and every plan's target-against-actual view. */
function useDataChanged(organizationId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: observationsKey(organizationId) });
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'plan' && q.queryKey[2] === 'measures',
    });
  };
}

export function useSaveObservations(organizationId: string) {
  const changed = useDataChanged(organizationId);
  return useMutation({
    mutationFn: (items: ObservationInput[]) =>
      api.post<{ items: Observation[] }>(`/api/organizations/${organizationId}/observations`, { items }),
    onSuccess: changed,
  });
}

function importForm(file: File, mapping?: ImportMapping) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  return form;
}

/** The file read and checked by the server; with a mapping, every row is validated and nothing is saved. */
export function usePreviewImport(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping?: ImportMapping }) =>
      postForm<ImportPreview>(
        `/api/organizations/${organizationId}/observation-imports/preview`,
        importForm(file, mapping),
        queryClient.getQueryData<Me | null>(meKey)?.csrfToken ?? null,
      ),
  });
}

/** Saves every row of the file or none, reporting how far the upload has got. */
export function useCommitImport(organizationId: string) {
  const queryClient = useQueryClient();
  const changed = useDataChanged(organizationId);
  return useMutation({
    mutationFn: ({
      file,
      mapping,
      onProgress,
    }: {
      file: File;
      mapping: ImportMapping;
      onProgress: (progress: UploadProgress) => void;
    }) =>
      postForm<ImportResult>(
        `/api/organizations/${organizationId}/observation-imports`,
        importForm(file, mapping),
        queryClient.getQueryData<Me | null>(meKey)?.csrfToken ?? null,
        onProgress,
      ),
    onSuccess: changed,
  });
}

export function useMeasureProgress(planId: string | undefined) {
  return useQuery({
    queryKey: measuresKey(planId ?? ''),
    queryFn: () => api.get<{ items: MeasureProgress[] }>(`/api/plans/${planId}/measures`),
    enabled: !!planId,
  });
}

export function useLinkMetric(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, metricId }: { measureId: string; metricId: string | null }) =>
      api.put<unknown>(`/api/measures/${measureId}/metric`, { metricId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: measuresKey(planId) }),
  });
}

export function useSaveReview(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, ...input }: MeasureReviewInput & { measureId: string }) =>
      api.put<unknown>(`/api/measures/${measureId}/reviews`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: measuresKey(planId) }),
  });
}
