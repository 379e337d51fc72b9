import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import { type CommandContext, recordAudit } from '../context';

/** Marks every unread notification of one person read; returns how many changed. */
export async function markAllNotificationsRead(ctx: CommandContext, personId: string) {
  const rows = await ctx.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (rows.length > 0) {
    await recordAudit(ctx, {
      organizationId: null,
      entityType: 'notification',
      entityId: personId,
      action: 'read_all',
      after: { count: rows.length },
    });
  }
  return rows.length;
}
