import type { PlanItemKind } from '../../../shared/schemas/plan-enums';
import { type ItemFields, type ItemRows, itemSpecs, sameList, siblingsOf } from '../../plans/items';
import { LinkCheck } from '../../plans/links';
import type { LoadedPlan } from '../../plans/load';
import { nextPosition, renumber } from '../../plans/positions';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/**
 * Edits an item, refused when it changed since `version` was read. A new parent (or SWOT quadrant) moves
 * the item to the end of that list and closes the gap it leaves; the caller has authorized `edit`.
 */
export async function updateItem<K extends PlanItemKind>(
  ctx: CommandContext,
  input: { loaded: LoadedPlan; kind: K; item: ItemRows[K]; version: number; fields: ItemFields[K] },
): Promise<ItemRows[K]> {
  const { loaded, kind, item, fields } = input;
  const spec = itemSpecs[kind];
  const planId = loaded.plan.id;
  assertVersion(item, input.version, spec.noun);
  const links = new LinkCheck(ctx.tx, loaded);
  await spec.check(links, fields, item);
  links.finish();

  const from = spec.siblingKey({}, item);
  const to = spec.siblingKey(fields, item);
  const moved = !sameList(from, to);
  const position = moved ? await nextPosition(ctx.tx, spec.table, siblingsOf(spec, planId, to)) : undefined;
  const row = await spec.update(ctx.tx, item, fields, position);
  if (!row) throw staleWrite(spec.noun);
  if (moved) await renumber(ctx.tx, spec.table, siblingsOf(spec, planId, from));
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: spec.entityType,
    entityId: row.id,
    action: 'update',
    before: item,
    after: row,
  });
  await refreshPlanSummary(ctx.tx, planId);
  return row;
}
