import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

export type PlanPerson = { id: string; name: string; organizationName: string; atPlanOrganization: boolean };

/** People who hold a role at the plan's organization or above it; only the former may be responsible. */
export function usePlanPeople(planId: string, enabled = true) {
  return useQuery({
    queryKey: ['plan', planId, 'people'],
    queryFn: () => api.get<{ items: PlanPerson[] }>(`/api/plans/${planId}/people`).then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}
