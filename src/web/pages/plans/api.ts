import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanCheck, PlanSummary, PlanTree } from '../../../shared/schemas/plan';
import type { PlanItemKind } from '../../../shared/schemas/plan-enums';
import { planItemCollections } from '../../../shared/schemas/plan-enums';
import { api } from '../../api/client';

export const planKey = (planId: string) => ['plan', planId] as const;
export const planChecksKey = (planId: string) => ['plan', planId, 'checks'] as const;
export const commentsKey = (planId: string) => ['plan', planId, 'comments'] as const;
export const plansKey = (organizationId: string) => ['organization', organizationId, 'plans'] as const;

export function usePlans(organizationId: string) {
  return useQuery({
    queryKey: plansKey(organizationId),
    queryFn: () => api.get<{ items: PlanSummary[] }>(`/api/organizations/${organizationId}/plans`),
  });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: planKey(planId), queryFn: () => api.get<PlanTree>(`/api/plans/${planId}`) });
}

export function usePlanChecks(planId: string) {
  return useQuery({
    queryKey: planChecksKey(planId),
    queryFn: () => api.get<{ items: PlanCheck[] }>(`/api/plans/${planId}/checks`),
  });
}

/** The URL of one plan item, e.g. /api/plans/{planId}/strategies/{id}. */
export function planItemPath(planId: string, kind: PlanItemKind, itemId?: string) {
  const base = `/api/plans/${planId}/${planItemCollections[kind]}`;
  return itemId ? `${base}/${itemId}` : base;
}

export type PlanWrite = { method: 'post' | 'put' | 'patch' | 'delete'; path: string; body?: unknown };

/**
 * Every plan write answers with the whole plan tree; it replaces the cached plan, and the checks, the
 * version list, the plan list and the comments (labelled by the items' numbers now) are refetched, so every
 * panel shows the saved state.
 */
export function usePlanWrite(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: PlanWrite) => {
      if (method === 'delete') return api.delete<PlanTree>(path);
      return api[method]<PlanTree>(path, body ?? {});
    },
    onSuccess: (plan) => {
      if (plan && typeof plan === 'object' && 'id' in plan) {
        queryClient.setQueryData(planKey(planId), plan);
        void queryClient.invalidateQueries({ queryKey: plansKey(plan.organizationId) });
      }
      void queryClient.invalidateQueries({ queryKey: planChecksKey(planId) });
      void queryClient.invalidateQueries({ queryKey: ['plan', planId, 'versions'] });
      void queryClient.invalidateQueries({ queryKey: commentsKey(planId) });
    },
  });
}
