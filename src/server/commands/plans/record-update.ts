import type { RecordUpdateInput } from '../../../shared/schemas/plan';
import { requireDecision } from '../../adjustments/decision';
import { conflict } from '../../http/errors';
import { loadPlanContent } from '../../plans/load';
import { differsFrom, latestVersion, type PlanVersionRow, takeVersion } from '../../plans/versions';
import type { OrganizationRow } from '../../queries/organizations';
import type { PlanRow } from '../../queries/plans';
import { recordAdjustment } from '../adjustments/record';
import type { CommandContext } from '../context';

/**
 * Records the plan's pending changes as a version with the team's summary: after signing that is an
 * update (the template's "Date of Update / Update Summary") and an adjustment, so it must say why, on what
 * evidence and who decided, and the levels above are told; before signing, a saved version. Nothing to
 * record is a conflict, so a double submit does not leave two identical versions. The caller holds the
 * plan's lock and has authorized `recordUpdate`.
 */
export async function recordUpdate(
  ctx: CommandContext,
  input: RecordUpdateInput & { plan: PlanRow; organization: OrganizationRow },
): Promise<PlanVersionRow> {
  const { plan, organization, summary } = input;
  const signed = plan.status === 'signed';
  const decision = signed ? requireDecision(input) : null;
  const [content, latest] = await Promise.all([
    loadPlanContent(ctx.tx, plan, organization),
    latestVersion(ctx.tx, plan.id),
  ]);
  if (latest && !differsFrom(content, latest))
    throw conflict(`Nothing has changed since version ${latest.number}.`);
  const version = await takeVersion(ctx, {
    plan,
    organization,
    kind: signed ? 'update' : 'saved',
    summary,
    content,
  });
  if (decision) await recordAdjustment(ctx, { ...decision, organization, summary, planVersion: version });
  return version;
}
