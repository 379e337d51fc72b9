import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImplementationFigures,
  MilestoneReview,
  MilestoneReviewInput,
  MilestoneReviewSheet,
  ReportingCalendar,
  ReportingGaps,
  SetCalendarInput,
  StatusInput,
  StatusReport,
  StatusSheet,
  StatusSheetQuery,
} from '../../../shared/schemas/monitoring';
import { api, query } from '../../api/client';

/** Everything monitoring reads for one organization; one status write makes all of it stale. */
export const monitoringKey = (organizationId: string) =>
  ['organization', organizationId, 'monitoring'] as const;

export type SheetParams = { period?: string; scope: StatusSheetQuery['scope']; team?: string };

export const sheetKey = (organizationId: string, params: SheetParams) =>
  [...monitoringKey(organizationId), 'sheet', params] as const;

export function useReportingCalendar(organizationId: string) {
  return useQuery({
    queryKey: [...monitoringKey(organizationId), 'calendar'],
    queryFn: () => api.get<ReportingCalendar>(`/api/organizations/${organizationId}/reporting-calendar`),
  });
}

/** A calendar change moves due dates and quarters, so every monitoring view is read again. */
function useMonitoringChanged(organizationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: monitoringKey(organizationId) });
}

export function useSetCalendar(organizationId: string) {
  const changed = useMonitoringChanged(organizationId);
  return useMutation({
    mutationFn: (input: SetCalendarInput) =>
      api.put<ReportingCalendar>(`/api/organizations/${organizationId}/reporting-calendar`, input),
    onSuccess: changed,
  });
}

export function useInheritCalendar(organizationId: string) {
  const changed = useMonitoringChanged(organizationId);
  return useMutation({
    mutationFn: (version: number) =>
      api.delete<ReportingCalendar>(
        `/api/organizations/${organizationId}/reporting-calendar${query({ version })}`,
      ),
    onSuccess: changed,
  });
}

export function useStatusSheet(organizationId: string, params: SheetParams) {
  return useQuery({
    queryKey: sheetKey(organizationId, params),
    queryFn: () => api.get<StatusSheet>(`/api/organizations/${organizationId}/status-sheet${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function postStatus(actionId: string, input: StatusInput) {
  return api.post<StatusReport>(`/api/actions/${actionId}/status`, input);
}

/**
 * Puts saved reports into the sheet on screen, so saved rows show who reported at once, then reads every
 * monitoring view again (counts, gaps and figures all move with a report).
 */
export function useStatusSaved(organizationId: string, params: SheetParams) {
  const queryClient = useQueryClient();
  return async (saved: StatusReport[]) => {
    queryClient.setQueryData<StatusSheet>(sheetKey(organizationId, params), (sheet) => {
      if (!sheet) return sheet;
      const byAction = new Map(saved.map((report) => [report.actionId, report]));
      return {
        ...sheet,
        items: sheet.items.map((row) => {
          const report = byAction.get(row.actionId);
          return report ? { ...row, current: report, late: false } : row;
        }),
      };
    });
    await queryClient.invalidateQueries({ queryKey: monitoringKey(organizationId) });
  };
}

export function useReportingGaps(organizationId: string, period?: string) {
  return useQuery({
    queryKey: [...monitoringKey(organizationId), 'gaps', period ?? null],
    queryFn: () =>
      api.get<ReportingGaps>(`/api/organizations/${organizationId}/reporting-gaps${query({ period })}`),
  });
}

export function useImplementation(organizationId: string, period?: string) {
  return useQuery({
    queryKey: [...monitoringKey(organizationId), 'implementation', period ?? null],
    queryFn: () =>
      api.get<ImplementationFigures>(
        `/api/organizations/${organizationId}/implementation${query({ period })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMilestoneReviews(organizationId: string, semester: string | undefined) {
  return useQuery({
    queryKey: [...monitoringKey(organizationId), 'reviews', semester ?? null],
    queryFn: () =>
      api.get<MilestoneReviewSheet>(
        `/api/organizations/${organizationId}/milestone-reviews${query({ semester })}`,
      ),
    enabled: semester !== undefined,
  });
}

export function useSaveReview(organizationId: string, milestoneId: string) {
  const changed = useMonitoringChanged(organizationId);
  return useMutation({
    mutationFn: (input: MilestoneReviewInput) =>
      api.put<MilestoneReview>(`/api/milestones/${milestoneId}/reviews`, input),
    onSuccess: changed,
  });
}
