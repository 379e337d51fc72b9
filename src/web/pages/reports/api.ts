import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  QuarterlyExportFormat,
  QuarterlyNarrativeInput,
  QuarterlyReport,
} from '../../../shared/schemas/quarterly-report';
import { api, query } from '../../api/client';
import { monitoringKey } from '../monitoring/api';

/** Under the monitoring key, so a status report or a review saved elsewhere makes the report stale too. */
export const reportKey = (organizationId: string, period: string | undefined) =>
  [...monitoringKey(organizationId), 'quarterly-report', period ?? null] as const;

const base = (organizationId: string) => `/api/organizations/${organizationId}/quarterly-report`;

export function useQuarterlyReport(organizationId: string, period: string | undefined) {
  return useQuery({
    queryKey: reportKey(organizationId, period),
    queryFn: () => api.get<QuarterlyReport>(`${base(organizationId)}${query({ period })}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * Saving answers with the whole report, which replaces the copy on screen: the one read for `queried`
 * (undefined while the page shows the default quarter) and the one under the quarter's own name.
 */
export function useSaveNarrative(organizationId: string, queried: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuarterlyNarrativeInput) =>
      api.put<QuarterlyReport>(`${base(organizationId)}/narrative`, input),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(organizationId, queried), report);
      queryClient.setQueryData(reportKey(organizationId, report.period), report);
    },
  });
}

export const exportPath = (organizationId: string, period: string, format: QuarterlyExportFormat) =>
  `${base(organizationId)}/export${query({ period, format })}`;
