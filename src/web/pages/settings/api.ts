import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Preferences, SetPreferencesInput } from '../../../shared/schemas/preferences';
import { api } from '../../api/client';

export const preferencesKey = ['me', 'preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => api.get<Preferences>('/api/me/preferences'),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetPreferencesInput) => api.put<Preferences>('/api/me/preferences', input),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
    // On a conflict the page shows what is saved now.
    onError: () => queryClient.invalidateQueries({ queryKey: preferencesKey }),
  });
}
