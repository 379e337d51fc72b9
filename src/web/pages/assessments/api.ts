import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssessmentDetail,
  AssessmentResults,
  AssessmentSummary,
  assessmentComparison,
  CarryInput,
  ConsensusInput,
  CreateAssessmentInput,
  comparableAssessments,
  networkAssessments,
  PriorityCandidate,
  RateItemInput,
  savedRating,
  teamRatings,
} from '../../../shared/schemas/assessment';
import type { FrameworkDetail, FrameworkSummary } from '../../../shared/schemas/framework';
import type { Member } from '../../../shared/schemas/people';
import { api, query } from '../../api/client';

export type SavedRating = z.infer<typeof savedRating>;
export type TeamRatings = z.infer<typeof teamRatings>;
export type Comparison = z.infer<typeof assessmentComparison>;
export type Comparable = z.infer<typeof comparableAssessments>['items'][number];
export type NetworkAssessment = z.infer<typeof networkAssessments>['items'][number];
type List<T> = { items: T[] };

export const assessmentKey = (id: string) => ['assessment', id] as const;
const assessmentsKey = (organizationId: string) => ['organization', organizationId, 'assessments'] as const;
const candidatesKey = (organizationId: string) =>
  ['organization', organizationId, 'priority-candidates'] as const;

export function useAssessments(organizationId: string) {
  return useQuery({
    queryKey: assessmentsKey(organizationId),
    queryFn: () =>
      api
        .get<List<AssessmentSummary>>(`/api/organizations/${organizationId}/assessments`)
        .then((r) => r.items),
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKey(id),
    queryFn: () => api.get<AssessmentDetail>(`/api/assessments/${id}`),
  });
}

export function useResults(id: string | null) {
  return useQuery({
    queryKey: [...assessmentKey(id ?? ''), 'results'],
    queryFn: () => api.get<AssessmentResults>(`/api/assessments/${id}/results`),
    enabled: id !== null,
  });
}

export function useTeamRatings(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...assessmentKey(id), 'ratings'],
    queryFn: () => api.get<TeamRatings>(`/api/assessments/${id}/ratings`),
    enabled,
  });
}

export function useComparable(id: string) {
  return useQuery({
    queryKey: [...assessmentKey(id), 'comparable'],
    queryFn: () => api.get<List<Comparable>>(`/api/assessments/${id}/comparable`).then((r) => r.items),
  });
}

export function useComparison(id: string, withId: string | null) {
  return useQuery({
    queryKey: [...assessmentKey(id), 'comparison', withId],
    queryFn: () => api.get<Comparison>(`/api/assessments/${id}/comparison${query({ with: withId })}`),
    enabled: withId !== null,
  });
}

export function useFrameworks(organizationId: string) {
  return useQuery({
    queryKey: ['frameworks', organizationId],
    queryFn: () =>
      api.get<List<FrameworkSummary>>(`/api/frameworks${query({ organizationId })}`).then((r) => r.items),
  });
}

export function useFramework(id: string | null) {
  return useQuery({
    queryKey: ['framework', id],
    queryFn: () => api.get<FrameworkDetail>(`/api/frameworks/${id}`),
    enabled: id !== null,
  });
}

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: ['organization', organizationId, 'members'],
    queryFn: () => api.get<List<Member>>(`/api/organizations/${organizationId}/members`),
  });
}

export function usePriorityCandidates(organizationId: string) {
  return useQuery({
    queryKey: candidatesKey(organizationId),
    queryFn: () =>
      api
        .get<List<PriorityCandidate>>(`/api/organizations/${organizationId}/priority-candidates`)
        .then((r) => r.items),
  });
}

export function useNetworkAssessments(organizationId: string) {
  return useQuery({
    queryKey: ['organization', organizationId, 'network-assessments'],
    queryFn: () =>
      api
        .get<List<NetworkAssessment>>(`/api/organizations/${organizationId}/network-assessments`)
        .then((r) => r.items),
  });
}

export function useCreateAssessment(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAssessmentInput) =>
      api.post<AssessmentDetail>(`/api/organizations/${organizationId}/assessments`, input),
    onSuccess: (detail) => {
      client.setQueryData(assessmentKey(detail.id), detail);
      return client.invalidateQueries({ queryKey: assessmentsKey(organizationId) });
    },
  });
}

/** Every view of an assessment (detail, results, team ratings, the organization's list) after a change. */
export function useAssessmentChanged() {
  const client = useQueryClient();
  return (detail: Pick<AssessmentDetail, 'id' | 'organizationId'>, fresh?: AssessmentDetail) => {
    if (fresh) client.setQueryData(assessmentKey(detail.id), fresh);
    return Promise.all([
      client.invalidateQueries({ queryKey: assessmentKey(detail.id) }),
      client.invalidateQueries({ queryKey: assessmentsKey(detail.organizationId) }),
    ]);
  };
}

export const saveRating = (id: string, itemKey: string, input: RateItemInput) =>
  api.put<SavedRating>(`/api/assessments/${id}/ratings/${encodeURIComponent(itemKey)}`, input);

export const saveConsensus = (id: string, itemKey: string, input: ConsensusInput) =>
  api.put<unknown>(`/api/assessments/${id}/consensus/${encodeURIComponent(itemKey)}`, input);

export const saveReflections = (id: string, sectionKey: string, responses: string[]) =>
  api.put<unknown>(`/api/assessments/${id}/reflections/${encodeURIComponent(sectionKey)}`, { responses });

export function useSubmitRatings(detail: AssessmentDetail) {
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: () => api.post<void>(`/api/assessments/${detail.id}/submit`),
    onSuccess: () => changed(detail),
  });
}

export function useCloseAssessment(detail: AssessmentDetail) {
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: () =>
      api.post<AssessmentDetail>(`/api/assessments/${detail.id}/close`, { version: detail.version }),
    onSuccess: (fresh) => changed(detail, fresh),
  });
}

export function useReopenAssessment(detail: AssessmentDetail) {
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<AssessmentDetail>(`/api/assessments/${detail.id}/reopen`, { version: detail.version, reason }),
    onSuccess: (fresh) => changed(detail, fresh),
  });
}

export function useCarryToNeeds(detail: Pick<AssessmentDetail, 'id' | 'organizationId'>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CarryInput) =>
      api.post<List<PriorityCandidate>>(`/api/assessments/${detail.id}/priority-candidates`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: candidatesKey(detail.organizationId) }),
  });
}
