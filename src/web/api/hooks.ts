import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../shared/schemas/auth';
import type { OrganizationDetail } from '../../shared/schemas/organization';
import { ApiError, api, setCsrfToken } from './client';

export const meKey = ['me'] as const;

/** The signed-in person, or null when signed out. Keeps the CSRF token current for writes. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        const me = await api.get<Me>('/api/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

export const organizationKey = (id: string) => ['organization', id] as const;

/** One organization with the caller's abilities, which pages use to hide what the caller cannot do. */
export function useOrganization(id: string) {
  return useQuery({
    queryKey: organizationKey(id),
    queryFn: () => api.get<OrganizationDetail>(`/api/organizations/${id}`),
  });
}
