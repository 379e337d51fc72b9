import type { PlannedRow } from '../../import/organization-plan';
import type { OrganizationRow } from '../../queries/organizations';
import type { CommandContext } from '../context';
import { createOrganization } from './create';

/**
 * Creates every planned row, in file order, inside the caller's one transaction: districts exist before the
 * schools that name them, each organization gets its own audit event, and any failure leaves nothing behind.
 * The caller has authorized `createChild` on the importing organization and checked the plan has no errors.
 */
export async function importOrganizations(
  ctx: CommandContext,
  input: { planned: PlannedRow<OrganizationRow>[] },
): Promise<OrganizationRow[]> {
  const createdByRow = new Map<number, OrganizationRow>();
  for (const { row, fields, parent } of input.planned) {
    const parentRow = 'existing' in parent ? parent.existing : createdByRow.get(parent.row);
    if (!parentRow)
      throw new Error(`Import row ${row} names row ${JSON.stringify(parent)}, which was not created.`);
    createdByRow.set(row, await createOrganization(ctx, { ...fields, parent: parentRow }));
  }
  return [...createdByRow.values()];
}
