import type { ReorderInput } from '../../../shared/schemas/plan';
import { badRequest, conflict } from '../../http/errors';
import { itemSpecs, siblingsOf } from '../../plans/items';
import type { LoadedPlan } from '../../plans/load';
import { siblingIds, storeOrder } from '../../plans/positions';
import { refreshPlanSummary } from '../../plans/summary';
import { type CommandContext, recordAudit } from '../context';

/**
 * Puts one list in a new order. The caller sends the whole list, so an order based on a list that has
 * since gained or lost an item is refused rather than guessed at; the caller has authorized `edit`.
 */
export async function reorderItems(ctx: CommandContext, input: { loaded: LoadedPlan; order: ReorderInput }) {
  const { loaded, order } = input;
  const spec = itemSpecs[order.kind];
  const needsParent = spec.parentKinds.length > 0;
  if (needsParent && !order.parentId) {
    throw badRequest('Name the list to reorder.', [
      { path: 'parentId', message: `Choose the ${spec.parentKinds.join(' or ')} whose list this is.` },
    ]);
  }
  if (order.kind === 'swot' && !order.quadrant) {
    throw badRequest('Name the quadrant to reorder.', [{ path: 'quadrant', message: 'Required.' }]);
  }
  const key = { parentId: needsParent ? order.parentId : null, quadrant: order.quadrant };
  const current = await siblingIds(ctx.tx, spec.table, siblingsOf(spec, loaded.plan.id, key));
  const wanted = new Set(order.orderedIds);
  if (
    wanted.size !== order.orderedIds.length ||
    wanted.size !== current.length ||
    current.some((id) => !wanted.has(id))
  ) {
    throw conflict('This list changed since you loaded it. Reload and try again.');
  }
  await storeOrder(
    ctx.tx,
    spec.table,
    order.orderedIds,
    new Map(current.map((id, position) => [id, position])),
  );
  await recordAudit(ctx, {
    organizationId: loaded.plan.organizationId,
    entityType: spec.entityType,
    entityId: key.parentId ?? loaded.plan.id,
    action: 'reorder',
    before: { planId: loaded.plan.id, ...key, orderedIds: current },
    after: { planId: loaded.plan.id, ...key, orderedIds: order.orderedIds },
  });
  await refreshPlanSummary(ctx.tx, loaded.plan.id);
}
