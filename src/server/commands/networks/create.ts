import type { CreateNetworkInput } from '../../../shared/schemas/network';
import { networks } from '../../db/schema';
import type { NetworkRow } from '../../queries/networks';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { checkMembers, replaceMembers } from './members';

/** Creates a network owned by `owner`; the caller has authorized `update` on the owner. */
export async function createNetwork(
  ctx: CommandContext,
  input: CreateNetworkInput & { owner: OrganizationRow },
): Promise<NetworkRow> {
  const { owner, memberIds: requested, ...fields } = input;
  const memberIds = await checkMembers(ctx.tx, owner, requested, []);
  const [row] = await ctx.tx
    .insert(networks)
    .values({ ...fields, ownerId: owner.id })
    .returning();
  await replaceMembers(ctx.tx, row.id, [], memberIds);
  await recordAudit(ctx, {
    organizationId: owner.id,
    entityType: 'network',
    entityId: row.id,
    action: 'create',
    after: { ...row, memberIds },
  });
  return row;
}
