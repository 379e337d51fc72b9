import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Adjustment, AdjustmentList, CreateAdjustmentInput } from '../../../shared/schemas/adjustments';
import type { PlanTree } from '../../../shared/schemas/plan';
import type {
  EvaluateSupportInput,
  ProvideSupportInput,
  RequestSupportInput,
  RespondSupportInput,
  Support,
  SupportDirection,
  SupportList,
} from '../../../shared/schemas/supports';
import { api, query } from '../../api/client';
import { planKey, usePlans } from '../plans/api';
import { currentPlan } from '../plans/schoolYears';

export const adjustmentsKey = (organizationId: string) =>
  ['organization', organizationId, 'adjustments'] as const;
export const supportsKey = (organizationId: string) => ['organization', organizationId, 'supports'] as const;

export function useAdjustments(organizationId: string, below: boolean) {
  return useQuery({
    queryKey: [...adjustmentsKey(organizationId), { below }],
    queryFn: () =>
      api.get<AdjustmentList>(
        `/api/organizations/${organizationId}/adjustments${query({ below: below || null })}`,
      ),
  });
}

export function useRecordAdjustment(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAdjustmentInput) =>
      api.post<Adjustment>(`/api/organizations/${organizationId}/adjustments`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adjustmentsKey(organizationId) }),
  });
}

export type SupportFilters = { practice?: string; status?: string };

export function useSupports(
  organizationId: string,
  direction: SupportDirection,
  filters: SupportFilters = {},
) {
  return useQuery({
    queryKey: [...supportsKey(organizationId), direction, filters],
    queryFn: () =>
      api.get<SupportList>(
        `/api/organizations/${organizationId}/supports${query({ direction, ...filters })}`,
      ),
  });
}

/** Every support write answers with the support; the lists of every organization that shows it refetch. */
function useSupportWrite<T>(write: (input: T) => Promise<Support>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'organization' && q.queryKey[2] === 'supports',
      }),
  });
}

export function useRequestSupport(organizationId: string) {
  return useSupportWrite((input: RequestSupportInput) =>
    api.post<Support>(`/api/organizations/${organizationId}/supports`, input),
  );
}

export function useProvideSupport(organizationId: string) {
  return useSupportWrite((input: ProvideSupportInput) =>
    api.post<Support>(`/api/organizations/${organizationId}/supports/provided`, input),
  );
}

export function useRespondSupport(supportId: string) {
  return useSupportWrite((input: RespondSupportInput) =>
    api.patch<Support>(`/api/supports/${supportId}/response`, input),
  );
}

export function useEvaluateSupport(supportId: string) {
  return useSupportWrite((input: EvaluateSupportInput) =>
    api.patch<Support>(`/api/supports/${supportId}/evaluation`, input),
  );
}

/** The organization's current plan (the one covering this school year), with its tree once loaded. */
export function useCurrentPlan(organizationId: string) {
  const plans = usePlans(organizationId);
  const summary = plans.data ? currentPlan(plans.data.items) : null;
  const tree = useQuery({
    queryKey: planKey(summary?.id ?? ''),
    queryFn: () => api.get<PlanTree>(`/api/plans/${summary?.id}`),
    enabled: summary !== null,
  });
  return {
    summary,
    tree: summary ? (tree.data ?? null) : null,
    isPending: plans.isPending || (summary !== null && tree.isPending),
    error: plans.error ?? tree.error,
  };
}

/** One support, for a link from the inbox; `null` id leaves it unasked. */
export function useSupport(supportId: string | null) {
  return useQuery({
    queryKey: ['support', supportId],
    queryFn: () => api.get<Support>(`/api/supports/${supportId}`),
    enabled: supportId !== null,
    retry: false,
  });
}
