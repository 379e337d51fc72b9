import type { OrganizationDetail, OrganizationSummary } from '../../shared/schemas/organization';
import type { Actor } from '../auth/actor';
import { organizationAbilities } from '../policies/organization';
import { type OrganizationContext, type OrganizationRow, pathIds } from '../queries/organizations';

export function presentOrganizationSummary(
  row: OrganizationRow,
  context: OrganizationContext,
): OrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    parentId: row.parentId,
    code: row.code,
    cityCounty: row.cityCounty,
    essaStatus: row.essaStatus,
    archived: row.archivedAt !== null,
    childCount: context.childCounts.get(row.id) ?? 0,
    trail: pathIds(row.path)
      .slice(0, -1)
      .map((id) => ({ id, name: context.names.get(id) ?? '' })),
  };
}

export function presentOrganization(
  row: OrganizationRow,
  context: OrganizationContext,
  actor: Actor,
): OrganizationDetail {
  return {
    ...presentOrganizationSummary(row, context),
    zipCode: row.zipCode,
    phone: row.phone,
    leaderName: row.leaderName,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    districtLiaison: row.districtLiaison,
    titleIStatus: row.titleIStatus,
    federalDesignation: row.federalDesignation,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: organizationAbilities(actor, row),
  };
}
