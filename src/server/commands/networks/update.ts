import { and, eq, sql } from 'drizzle-orm';
import type { UpdateNetworkInput } from '../../../shared/schemas/network';
import { networks } from '../../db/schema';
import type { NetworkRow } from '../../queries/networks';
import type { OrganizationRow } from '../../queries/organizations';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';
import { checkMembers, currentMemberIds, replaceMembers } from './members';

export async function updateNetwork(
  ctx: CommandContext,
  input: UpdateNetworkInput & { network: NetworkRow; owner: OrganizationRow },
): Promise<NetworkRow> {
  const { network, owner, version, memberIds: requested, ...changes } = input;
  assertVersion(network, version, 'network');
  const current = await currentMemberIds(ctx.tx, network.id);
  const memberIds = requested ? await checkMembers(ctx.tx, owner, requested, current) : current;
  const [row] = await ctx.tx
    .update(networks)
    .set({ ...changes, version: sql`${networks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(networks.id, network.id), eq(networks.version, version)))
    .returning();
  if (!row) throw staleWrite('network');
  await replaceMembers(ctx.tx, row.id, current, memberIds);
  await recordAudit(ctx, {
    organizationId: owner.id,
    entityType: 'network',
    entityId: row.id,
    action: 'update',
    before: { ...network, memberIds: current },
    after: { ...row, memberIds },
  });
  return row;
}
