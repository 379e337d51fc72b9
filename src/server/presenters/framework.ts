import type { AvailabilityStatus, FrameworkDetail, FrameworkSummary } from '../../shared/schemas/framework';
import type { Actor } from '../auth/actor';
import { canFramework } from '../policies/framework';
import type { OwnedFramework } from '../queries/frameworks';

/** What a summary needs beyond the row: the availability that applies and which versions are newest. */
export type FrameworkListContext = {
  availability: Map<string, AvailabilityStatus>;
  latest: Set<string>;
};

export function presentFrameworkSummary(
  { row, owner }: OwnedFramework,
  context: FrameworkListContext,
): FrameworkSummary {
  const { definition } = row;
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    shortTitle: definition.shortTitle ?? null,
    version: row.version,
    kind: row.kind,
    status: row.status,
    itemCount: row.itemCount,
    levelNames: definition.levels.map((l) => l.name),
    owner: owner ? { id: owner.id, name: owner.name } : null,
    source: {
      document: definition.source.document,
      license: definition.source.license,
      attribution: definition.source.attribution,
    },
    publishedAt: row.publishedAt?.toISOString() ?? null,
    availability: context.availability.get(row.key) ?? null,
    latest: context.latest.has(row.id),
  };
}

export function presentFrameworkDetail(
  framework: OwnedFramework,
  context: FrameworkListContext,
  actor: Actor,
): FrameworkDetail {
  const ref = { status: framework.row.status, owner: framework.owner };
  return {
    ...presentFrameworkSummary(framework, context),
    definition: framework.row.definition,
    revision: framework.row.revision,
    abilities: {
      edit: canFramework(actor, 'edit', ref),
      publish: canFramework(actor, 'publish', ref),
      clone: canFramework(actor, 'clone', ref),
    },
  };
}
