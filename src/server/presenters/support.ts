import type { Support } from '../../shared/schemas/supports';
import { linkedItems } from '../adjustments/item-refs';
import type { Actor } from '../auth/actor';
import { supportAbilities } from '../policies/support';
import type { SupportListRow } from '../supports/queries';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentSupport(row: SupportListRow, actor: Actor): Support {
  const s = row.support;
  const { strategy, milestone } = linkedItems({
    ...row,
    strategyId: s.strategyId,
    milestoneId: s.milestoneId,
  });
  const organization = {
    id: s.organizationId,
    path: row.organizationPath,
    archivedAt: row.organizationArchivedAt,
  };
  return {
    id: s.id,
    organization: { id: s.organizationId, name: row.organizationName },
    respondent: named(s.respondentOrganizationId, row.respondentName),
    planId: s.planId,
    strategy,
    milestone,
    practiceCode: s.practiceCode,
    need: s.need,
    status: s.status,
    response: s.response,
    providerOrganization: named(s.providerOrganizationId, row.providerName),
    providerVendor: s.providerVendor,
    description: s.description,
    startDate: s.startDate,
    endDate: s.endDate,
    howUsed: s.howUsed,
    effectivenessRating: s.effectivenessRating,
    effectivenessExplanation: s.effectivenessExplanation,
    requestedBy: named(s.requestedById, row.requestedByName),
    requestedAt: s.requestedAt?.toISOString() ?? null,
    answeredBy: named(s.answeredById, row.answeredByName),
    answeredAt: s.answeredAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
    abilities: supportAbilities(actor, { organization, status: s.status }),
  };
}
