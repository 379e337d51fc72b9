import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../../api/client';
import type { AuditPage } from '../types';

export type AuditFilterValues = {
  entityType: string | null;
  action: string | null;
  personId: string | null;
  from: string;
  to: string;
  includeDescendants: boolean;
};

export const emptyFilters: AuditFilterValues = {
  entityType: null,
  action: null,
  personId: null,
  from: '',
  to: '',
  includeDescendants: false,
};

/** Newest first, one page at a time; each page's cursor asks for the events before it. */
/** A reversed date range is reported beside the field instead of asked of the server. */
export function datesInOrder(filters: AuditFilterValues) {
  return !filters.from || !filters.to || filters.from <= filters.to;
}

export function useAuditEvents(organizationId: string, filters: AuditFilterValues) {
  return useInfiniteQuery({
    enabled: datesInOrder(filters),
    queryKey: ['organization', organizationId, 'audit', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(
        `/api/organizations/${organizationId}/audit${query({
          entityType: filters.entityType,
          action: filters.action,
          personId: filters.personId,
          from: filters.from,
          to: filters.to,
          includeDescendants: filters.includeDescendants,
          before: pageParam,
        })}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}
