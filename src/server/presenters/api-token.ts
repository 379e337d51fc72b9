import type { ApiToken } from '../../shared/schemas/api-token';
import type { ApiTokenRow } from '../queries/api-tokens';

export function presentApiToken(row: ApiTokenRow, creator: { id: string; name: string }): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdBy: { id: creator.id, name: creator.name },
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
