import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/auth/actor';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents, notifications, outboxEmails } from '../../src/server/db/schema';
import { type NotifyInput, notify } from '../../src/server/notifications/notify';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('notifications on %s', (engine) => {
  const h = useHarness(engine);
  const db = () => h.services.database.db;

  async function signedIn(options: Parameters<typeof makePerson>[1]) {
    const { person, organization } = await makePerson(h.services, options);
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { person, organization, client };
  }

  /** Sends one notification as `actorId` (or the system), in its own transaction. */
  function send(input: Partial<NotifyInput> & Pick<NotifyInput, 'personIds'>, actorId?: string) {
    const actor: Actor | null = actorId
      ? { kind: 'person', personId: actorId, sessionId: null, csrfToken: null, grants: [] }
      : null;
    return runInSystemTransaction(h.services, (ctx) =>
      notify(
        { ...ctx, actor },
        { organizationId: null, kind: 'mention', title: 'Hello', email: false, ...input },
      ),
    );
  }

  it('tells each person once, never the one acting, and emails an absolute link when asked', async () => {
    const school = await makeOrganization(h.services);
    const { person: actor } = await makePerson(h.services, { organization: school, name: 'Ann Actor' });
    const { person: ben } = await makePerson(h.services, { organization: school, name: 'Ben' });
    const { person: cy } = await makePerson(h.services, { organization: school, name: 'Cy' });
    const link = `/o/${school.id}/plans/p1?tab=plan`;
    const sent = await send(
      {
        personIds: [ben.id, actor.id, ben.id, cy.id],
        organizationId: school.id,
        title: 'Ann Actor mentioned you on Strategy 1.1',
        body: 'Which teachers first?',
        link,
        email: true,
      },
      actor.id,
    );
    expect(sent.sort()).toEqual([ben.id, cy.id].sort());
    const rows = await db().select().from(notifications).where(eq(notifications.link, link));
    expect(rows.map((r) => r.personId).sort()).toEqual([ben.id, cy.id].sort());
    expect(rows[0]).toMatchObject({
      organizationId: school.id,
      kind: 'mention',
      body: 'Which teachers first?',
    });

    const emails = await db()
      .select()
      .from(outboxEmails)
      .where(inArray(outboxEmails.to, [actor.email, ben.email, cy.email]));
    expect(emails.map((e) => e.to).sort()).toEqual([ben.email, cy.email].sort());
    const toBen = emails.find((e) => e.to === ben.email);
    expect(toBen).toMatchObject({
      subject: 'Ann Actor mentioned you on Strategy 1.1',
      organizationId: school.id,
    });
    expect(toBen?.text).toContain('Hello Ben,');
    expect(toBen?.text).toContain('Which teachers first?');
    expect(toBen?.text).toContain(`http://throughline.test${link}`);

    await send({ personIds: [ben.id], title: 'In-app only', link: '/inbox' });
    const quiet = await db().select().from(outboxEmails).where(eq(outboxEmails.subject, 'In-app only'));
    expect(quiet).toEqual([]);
  });

  it('lists, reads and reads all of the caller’s own notifications only', async () => {
    const school = await makeOrganization(h.services);
    const ann = await signedIn({ organization: school, name: 'Ann' });
    const ben = await signedIn({ organization: school, name: 'Ben' });
    for (const title of ['First', 'Second', 'Third']) await send({ personIds: [ann.person.id], title });
    await send({ personIds: [ben.person.id], title: 'For Ben' });

    const list = await ann.client.get('/api/me/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unreadCount).toBe(3);
    expect(list.body.items.map((n: any) => n.title)).toEqual(['Third', 'Second', 'First']);
    expect(list.body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'mention',
      title: 'Third',
      body: null,
      link: null,
      createdAt: expect.any(String),
      readAt: null,
    });
    const [third, second] = list.body.items;

    expect((await ann.client.post(`/api/me/notifications/${second.id}/read`)).status).toBe(204);
    expect((await ann.client.post(`/api/me/notifications/${second.id}/read`)).status).toBe(204);
    const unread = await ann.client.get('/api/me/notifications?unread=true');
    expect(unread.body.unreadCount).toBe(2);
    expect(unread.body.items.map((n: any) => n.title)).toEqual(['Third', 'First']);
    const all = await ann.client.get('/api/me/notifications?unread=false');
    expect(all.body.items.find((n: any) => n.id === second.id).readAt).toEqual(expect.any(String));

    expect((await ben.client.post(`/api/me/notifications/${third.id}/read`)).status).toBe(404);
    expect((await ben.client.get('/api/me/notifications')).body.items.map((n: any) => n.title)).toEqual([
      'For Ben',
    ]);
    expect((await ann.client.get('/api/me/notifications')).body.unreadCount).toBe(2);

    expect((await ann.client.post('/api/me/notifications/read-all')).status).toBe(204);
    expect((await ann.client.get('/api/me/notifications')).body.unreadCount).toBe(0);
    expect((await ann.client.get('/api/me/notifications?unread=true')).body.items).toEqual([]);
    expect((await ben.client.get('/api/me/notifications')).body.unreadCount).toBe(1);

    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'notification'), eq(auditEvents.actorPersonId, ann.person.id)));
    expect(events.map((e) => e.action).sort()).toEqual(['read', 'read_all']);
  });

  it('refuses API tokens and anonymous callers', async () => {
    const school = await makeOrganization(h.services);
    const admin = await signedIn({ organization: school, role: 'administrator' });
    const created = await admin.client.post(`/api/organizations/${school.id}/api-tokens`, {
      name: 'Warehouse',
      scope: 'write',
    });
    expect(created.status).toBe(201);
    const robot = h.client().withToken(created.body.secret);
    expect((await robot.get('/api/me/notifications')).status).toBe(403);
    expect((await robot.post('/api/me/notifications/read-all')).status).toBe(403);
    expect((await h.client().get('/api/me/notifications')).status).toBe(401);
  });
});
