import { and, inArray } from 'drizzle-orm';
import type { Role } from '../../shared/roles';
import type { Tx } from '../db/client';
import { memberships } from '../db/schema';
import { pathIds } from '../queries/organizations';

/** Everyone holding one of `roles` at one of the organizations, each once. */
export async function peopleWithRoles(
  tx: Tx,
  organizationIds: readonly string[],
  roles: readonly Role[],
): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .where(
      and(inArray(memberships.organizationId, [...organizationIds]), inArray(memberships.role, [...roles])),
    );
  return rows.map((r) => r.personId);
}

/** The ids of every organization above this one, nearest last. */
export function ancestorIds(organization: { path: string }): string[] {
  return pathIds(organization.path).slice(0, -1);
}
