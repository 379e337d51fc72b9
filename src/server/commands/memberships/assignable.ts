import type { Role } from '../../../shared/roles';
import type { Actor } from '../../auth/actor';
import { forbidden } from '../../http/errors';
import type { OrganizationRef } from '../../policies/organization';
import { relationOf } from '../../policies/relation';

/**
 * Leaders manage their organization's people, but only an administrator there or above may give or take
 * the administrator role; otherwise a leader could raise themselves above the role they were given.
 */
export function assertMayAssignRole(actor: Actor | null, role: Role, organization: OrganizationRef) {
  if (role !== 'administrator') return;
  const isAdministrator = actor?.grants.some((grant) => {
    const relation = relationOf(grant.path, organization.path);
    return grant.role === 'administrator' && (relation === 'self' || relation === 'ancestor');
  });
  if (!isAdministrator) throw forbidden('Only an administrator can give or remove the administrator role.');
}
