import type { PlanItemKind } from '../../../shared/schemas/plan-enums';
import { type ItemInputs, type ItemRows, itemSpecs, siblingsOf } from '../../plans/items';
import { LinkCheck } from '../../plans/links';
import type { LoadedPlan } from '../../plans/load';
import { nextPosition } from '../../plans/positions';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';

/** Adds an item at the end of its list; the caller has authorized `edit` on the plan. */
export async function createItem<K extends PlanItemKind>(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; kind: K; values: ItemInputs[K] },
): Promise<ItemRows[K]> {
  const { loaded, kind, values } = input;
  const spec = itemSpecs[kind];
  const planId = loaded.plan.id;
  const links = new LinkCheck(ctx.tx, loaded);
  await spec.check(links, values, null);
  links.finish();
  const position = await nextPosition(
    ctx.tx,
    spec.table,
    siblingsOf(spec, planId, spec.siblingKey(values, null)),
  );
  const row = await spec.insert(ctx.tx, values, { planId, position });
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: spec.entityType,
    entityId: row.id,
    action: 'create',
    after: row,
  });
  await refreshPlanSummary(ctx.tx, planId);
  return row;
}
