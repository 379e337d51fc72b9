import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginInput, Me, SetupInput, setupStatus } from '../../shared/schemas/auth';
import type { AcceptInvitationInput, InvitationLookup } from '../../shared/schemas/invitation';
import { api, query, setCsrfToken } from './client';
import { meKey } from './hooks';

export type SetupStatus = z.infer<typeof setupStatus>;
export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({ queryKey: setupKey, queryFn: () => api.get<SetupStatus>('/api/setup') });
}

/** Stores a fresh session so every page sees the new person without another round trip. */
function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' });
    queryClient.setQueryData(meKey, me);
  };
}

export function useSignIn() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>('/api/auth/login', input),
    onSuccess: signedIn,
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<SetupStatus>('/api/setup', input),
    onSuccess: async (status) => {
      queryClient.setQueryData(setupKey, status);
      // Creating a network signs its administrator in; the demo leaves the visitor signed out.
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useInvitationLookup(token: string | undefined) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationLookup>(`/api/invitations/lookup${query({ token })}`),
    enabled: !!token,
    retry: false,
  });
}

export function useAcceptInvitation() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => api.post<Me>('/api/invitations/accept', input),
    onSuccess: signedIn,
  });
}
