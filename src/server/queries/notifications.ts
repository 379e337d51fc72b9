import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { notifications } from '../db/schema';
import { notFound } from '../http/errors';

export type NotificationRow = typeof notifications.$inferSelect;

/** The inbox shows the newest hundred; older ones stay stored but are not listed. */
const inboxMax = 100;

/** A person's newest notifications (unread only when asked) and how many are unread in all. */
export async function listNotifications(tx: Tx, personId: string, options: { unread: boolean }) {
  const where: SQL[] = [eq(notifications.personId, personId)];
  if (options.unread) where.push(isNull(notifications.readAt));
  const rows = await tx
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(inboxMax);
  const [unread] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return { rows, unreadCount: unread?.n ?? 0 };
}

/** One of the person's own notifications; anyone else's is reported as missing. */
export async function loadOwnNotification(tx: Tx, personId: string, id: string): Promise<NotificationRow> {
  const row = await tx.query.notifications.findFirst({
    where: and(eq(notifications.id, id), eq(notifications.personId, personId)),
  });
  if (!row) throw notFound('Notification');
  return row;
}
