import type { Role, TokenScope } from '../../shared/roles';

/** A role held at one organization; `path` is that organization's path, so reach is a prefix test. */
export type Grant = { organizationId: string; path: string; role: Role };

export type Actor =
  | {
      kind: 'person';
      personId: string;
      /** Known when the actor comes from a request, so writes can present who made them without a lookup. */
      name?: string;
      sessionId: string | null;
      csrfToken: string | null;
      grants: Grant[];
    }
  | {
      kind: 'token';
      /** The person who created the token; audit events name both. */
      personId: string;
      name?: string;
      tokenId: string;
      scope: TokenScope;
      grants: Grant[];
    };

/** A token acts like a viewer (read) or a team member (write) of its organization, never an administrator. */
export function tokenRole(scope: TokenScope): Role {
  return scope === 'write' ? 'team_member' : 'viewer';
}
