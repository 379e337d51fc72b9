import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planDiff, planVersionList } from '../../../../shared/schemas/plan';
import { api } from '../../../api/client';

export type PlanVersionList = z.infer<typeof planVersionList>;
export type PlanVersion = PlanVersionList['items'][number];
export type PlanDiff = z.infer<typeof planDiff>;
export type DiffEnd = number | 'current';

// Under ['plan', id, 'versions'], which every plan write refreshes, so a diff against the current plan
// follows edits as they are saved.
export const versionsKey = (planId: string) => ['plan', planId, 'versions'] as const;

/** The plan's versions, newest first, and whether it has changed since the latest. */
export function usePlanVersions(planId: string) {
  return useQuery({
    queryKey: versionsKey(planId),
    queryFn: () => api.get<PlanVersionList>(`/api/plans/${planId}/versions`),
  });
}

/** What changed between two versions, or between a version and the plan as it stands. */
export function usePlanDiff(planId: string, from: number | null, to: DiffEnd | null) {
  return useQuery({
    queryKey: [...versionsKey(planId), 'diff', from, to],
    queryFn: () => api.get<PlanDiff>(`/api/plans/${planId}/versions/diff?from=${from}&to=${to}`),
    enabled: from !== null && to !== null && from !== to,
    placeholderData: keepPreviousData,
  });
}
