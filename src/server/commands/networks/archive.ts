import { and, eq, sql } from 'drizzle-orm';
import { networks } from '../../db/schema';
import type { NetworkRow } from '../../queries/networks';
import { type CommandContext, recordAudit } from '../context';
import { assertVersion, staleWrite } from '../versioning';

/** Archiving keeps the network and its members for history; it just leaves daily use. */
export async function archiveNetwork(
  ctx: CommandContext,
  input: { network: NetworkRow; archived: boolean; version: number },
): Promise<NetworkRow> {
  const { network, archived, version } = input;
  assertVersion(network, version, 'network');
  const [row] = await ctx.tx
    .update(networks)
    .set({
      archivedAt: archived ? (network.archivedAt ?? new Date()) : null,
      version: sql`${networks.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(networks.id, network.id), eq(networks.version, version)))
    .returning();
  if (!row) throw staleWrite('network');
  await recordAudit(ctx, {
    organizationId: network.ownerId,
    entityType: 'network',
    entityId: row.id,
    action: archived ? 'archive' : 'restore',
    before: { archivedAt: network.archivedAt },
    after: { archivedAt: row.archivedAt },
  });
  return row;
}
