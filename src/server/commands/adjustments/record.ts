import { type Decision, today } from '../../adjustments/decision';
import { resolvePlanLinks } from '../../adjustments/plan-links';
import type { AdjustmentRow } from '../../adjustments/queries';
import { ancestorIds, peopleWithRoles } from '../../adjustments/recipients';
import { adjustments } from '../../db/schema';
import { notify } from '../../notifications/notify';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';

export type RecordAdjustmentInput = Omit<Decision, 'decidedOn'> & {
  /** Today when left out. */
  decidedOn?: string;
  organization: OrganizationRow;
  summary: string;
  /** Set when the adjustment comes with a recorded plan update. */
  planVersion?: { id: string; planId: string } | null;
  strategyId?: string | null;
  milestoneId?: string | null;
};

const excerptMax = 280;

/**
 * Records a change of course with its cause, evidence and decider, and tells the leaders of every level above
 * (an adjustment here can affect their own plans). Strategy and milestone must be the organization's own.
 * The caller has authorized recording for the organization.
 */
export async function recordAdjustment(
  ctx: CommandContext,
  input: RecordAdjustmentInput,
): Promise<AdjustmentRow> {
  const { organization, planVersion } = input;
  const decidedOn = input.decidedOn ?? today();
  const links = await resolvePlanLinks(ctx.tx, organization.id, input);
  const [row] = await ctx.tx
    .insert(adjustments)
    .values({
      organizationId: organization.id,
      planId: planVersion?.planId ?? links.planId,
      planVersionId: planVersion?.id ?? null,
      strategyId: links.strategyId,
      milestoneId: links.milestoneId,
      summary: input.summary,
      cause: input.cause,
      evidence: input.evidence,
      decidedBy: input.decidedBy,
      decidedOn,
      createdById: ctx.actor?.personId ?? null,
    })
    .returning();
  await recordAudit(ctx, {
    organizationId: organization.id,
    entityType: 'adjustment',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  await notify(ctx, {
    personIds: await peopleWithRoles(ctx.tx, ancestorIds(organization), ['leader', 'administrator']),
    organizationId: organization.id,
    kind: 'adjustment',
    title: `${organization.name} adjusted course: ${excerpt(input.summary, 120)}`,
    body: `Cause: ${excerpt(input.cause, excerptMax)}\nDecided by ${input.decidedBy} on ${decidedOn}.`,
    link: `/o/${organization.id}/adjust`,
    email: true,
  });
  return row;
}

function excerpt(text: string, max: number) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
