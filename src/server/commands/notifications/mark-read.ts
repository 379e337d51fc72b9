import { eq } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import type { NotificationRow } from '../../queries/notifications';
import { type CommandContext, recordAudit } from '../context';

/** Marks one notification read; reading it again keeps the first time it was read. */
export async function markNotificationRead(ctx: CommandContext, notification: NotificationRow) {
  if (notification.readAt) return notification;
  const [row] = await ctx.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, notification.id))
    .returning();
  await recordAudit(ctx, {
    organizationId: notification.organizationId,
    entityType: 'notification',
    entityId: notification.id,
    action: 'read',
    after: { readAt: row.readAt },
  });
  return row;
}
