import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { notificationList } from '../../shared/schemas/plan';
import { markAllNotificationsRead } from '../commands/notifications/mark-all-read';
import { markNotificationRead } from '../commands/notifications/mark-read';
import { requirePerson, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { presentNotification } from '../presenters/notification';
import { listNotifications, loadOwnNotification } from '../queries/notifications';
import { errors, json, security, writeErrors } from './spec';

const tags = ['Notifications'];
const router = createRouter();

const inboxQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Only unread notifications.'),
});

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/me/notifications',
    tags,
    security,
    summary: 'Your notifications, newest first (at most 100), and how many are unread',
    request: { query: inboxQuery },
    responses: { 200: json(notificationList), ...errors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const { unread } = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { rows, unreadCount } = await listNotifications(tx, actor.personId, { unread });
      return { items: rows.map(presentNotification), unreadCount };
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/me/notifications/read-all',
    tags,
    security,
    summary: 'Mark all your notifications read',
    responses: { 204: { description: 'Marked read' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    await runCommand(c, (ctx) => markAllNotificationsRead(ctx, actor.personId));
    return c.body(null, 204);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/me/notifications/{id}/read',
    tags,
    security,
    summary: 'Mark one of your notifications read',
    request: { params: idParam },
    responses: { 204: { description: 'Marked read' }, ...writeErrors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const { id } = c.req.valid('param');
    await runCommand(c, async (ctx) => {
      const notification = await loadOwnNotification(ctx.tx, actor.personId, id);
      await markNotificationRead(ctx, notification);
    });
    return c.body(null, 204);
  },
);

export default router;
