import { conflict } from '../../http/errors';
import { loadPlanContent } from '../../plans/load';
import { differsFrom, latestVersion, type PlanVersionRow, takeVersion } from '../../plans/versions';
import type { OrganizationRow } from '../../queries/organizations';
import type { PlanRow } from '../../queries/plans';
import type { CommandContext } from '../context';

/**
 * Records the plan's pending changes as a version with the team's summary: after signing that is an
 * update (the template's "Date of Update / Update Summary"); before, a saved version. Nothing to record
 * is a conflict, so a double submit does not leave two identical versions. The caller holds the plan's
 * lock and has authorized `recordUpdate`.
 */
export async function recordUpdate(
  ctx: CommandContext,
  input: { plan: PlanRow; organization: OrganizationRow; summary: string },
): Promise<PlanVersionRow> {
  const { plan, organization, summary } = input;
  const [content, latest] = await Promise.all([
    loadPlanContent(ctx.tx, plan, organization),
    latestVersion(ctx.tx, plan.id),
  ]);
  if (latest && !differsFrom(content, latest))
    throw conflict(`Nothing has changed since version ${latest.number}.`);
  return takeVersion(ctx, {
    plan,
    organization,
    kind: plan.status === 'signed' ? 'update' : 'saved',
    summary,
    content,
  });
}
