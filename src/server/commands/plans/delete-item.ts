import type { PlanItemKind } from '../../../shared/schemas/plan-enums';
import { type ItemRows, itemSpecs, siblingsOf } from '../../plans/items';
import type { LoadedPlan } from '../../plans/load';
import { renumber } from '../../plans/positions';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion } from '../versioning';

/**
 * Deletes an item with everything below it and every link to it, then renumbers its list. Comment threads
 * on it stay, so the conversation is not lost; the caller has authorized `edit`.
 */
export async function deleteItem<K extends PlanItemKind>(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; kind: K; item: ItemRows[K]; version: number },
) {
  const { loaded, kind, item } = input;
  const spec = itemSpecs[kind];
  assertVersion(item, input.version, spec.noun);
  const removed = await spec.remove(ctx.tx, item);
  await renumber(ctx.tx, spec.table, siblingsOf(spec, loaded.plan.id, spec.siblingKey({}, item)));
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: spec.entityType,
    entityId: item.id,
    action: 'delete',
    before: { ...item, removed },
  });
  await refreshPlanSummary(ctx.tx, loaded.plan.id);
}
