import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../api/client';
import type { Invitation, InvitationCreated, List, Member } from '../types';

export const membersKey = (organizationId: string) => ['organization', organizationId, 'members'] as const;
export const invitationsKey = (organizationId: string) =>
  ['organization', organizationId, 'invitations'] as const;

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: membersKey(organizationId),
    queryFn: () => api.get<List<Member>>(`/api/organizations/${organizationId}/members`),
  });
}

export function useInvitations(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(organizationId),
    queryFn: () => api.get<List<Invitation>>(`/api/organizations/${organizationId}/invitations`),
    enabled,
  });
}

export function useAddMember(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) =>
      api.post<Member>(`/api/organizations/${organizationId}/members`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(organizationId) }),
  });
}

export function useRemoveMembership(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => api.delete<void>(`/api/memberships/${membershipId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(organizationId) }),
  });
}

export function useInvite(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; name?: string; role: Role }) =>
      api.post<InvitationCreated>(`/api/organizations/${organizationId}/invitations`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: invitationsKey(organizationId) });
      void client.invalidateQueries({ queryKey: ['organization', organizationId, 'outbox'] });
    },
  });
}

export function useRevokeInvitation(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api.post<void>(`/api/invitations/${invitationId}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: invitationsKey(organizationId) }),
  });
}
