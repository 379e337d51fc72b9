import type { Tx } from '../../db/client';
import { ApiError } from '../../http/errors';
import { metricsWithCodeOnLine } from '../../performance/metrics';

/**
 * Imports and API clients name metrics by code, so no organization may see two metrics with one code: a
 * code is refused when a metric at, above or below the organization already has it (archived ones too,
 * since they can be restored).
 */
export async function assertMetricCodeFree(
  tx: Tx,
  organization: { path: string },
  code: string,
  excludeId?: string,
) {
  const clash = (await metricsWithCodeOnLine(tx, organization, code)).find((m) => m.id !== excludeId);
  if (!clash) return;
  const message = `The code "${clash.code}" is already used by "${clash.name}" (${clash.organizationName}).`;
  throw new ApiError(409, message, [{ path: 'code', message }]);
}
