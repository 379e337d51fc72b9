import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deleteItem } from '../../src/server/commands/plans/delete-item';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents, notifications, outboxEmails, planComments } from '../../src/server/db/schema';
import { loadItem } from '../../src/server/plans/items';
import { loadPlan } from '../../src/server/plans/load';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan, makePlan } from '../support/plan-factories';

describe.each(engines)('plan comments API on %s', (engine) => {
  const h = useHarness(engine);
  const db = () => h.services.database.db;

  /**
   * A district with two schools, the first with a complete plan; the district's coach and viewer, the
   * school's principal and teacher, a viewer at the sibling school, and a leader in another district.
   */
  async function build() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const elsewhere = await makeOrganization(h.services, { kind: 'school' });
    const cast = {
      coach: [district, 'coach'],
      districtViewer: [district, 'viewer'],
      principal: [school, 'leader'],
      teacher: [school, 'team_member'],
      siblingViewer: [sibling, 'viewer'],
      foreigner: [elsewhere, 'leader'],
    } satisfies Record<string, [OrganizationRow, Role]>;
    const people = {} as Record<keyof typeof cast, Member>;
    for (const [key, [organization, role]] of Object.entries(cast)) {
      const { person } = await makePerson(h.services, { role, organization, name: `Comment ${key}` });
      const client = h.client();
      expect((await client.login(person.email)).status).toBe(200);
      people[key as keyof typeof cast] = { id: person.id, name: person.name, email: person.email, client };
    }
    const { plan, ids } = await makeCompletePlan(h.services, { organization: school });
    const url = `/api/plans/${plan.id}/comments`;
    return { district, school, sibling, plan, ids, url, ...people };
  }
  type Member = { id: string; name: string; email: string; client: TestClient };
  type Scenario = Awaited<ReturnType<typeof build>>;
  let shared: Promise<Scenario> | undefined;
  /** One cast and plan for the whole block; each test tells its own comments apart by their text. */
  const scenario = () => {
    shared ??= build();
    return shared;
  };

  let counter = 0;
  /** The coach asks the principal about the strategy; each call's text is its own. */
  const mentionOnStrategy = async (s: Scenario) => {
    const text = `Which teachers will be coached first (${++counter})?`;
    const res = await s.coach.client.post(s.url, {
      anchorType: 'strategy',
      anchorId: s.ids.strategy,
      body: text,
      mentionIds: [s.principal.id, s.principal.id],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const toldAbout = (text: string) => db().select().from(notifications).where(eq(notifications.body, text));
  const emailsTo = async (person: Member, text: string) =>
    (await db().select().from(outboxEmails).where(eq(outboxEmails.to, person.email))).filter((e) =>
      e.text.includes(text),
    );

  it('starts a thread on a strategy and tells the person mentioned in-app and by email', async () => {
    const s = await scenario();
    const thread = await mentionOnStrategy(s);
    const text = thread.comments[0].body;
    expect(thread).toEqual({
      id: expect.any(String),
      anchorType: 'strategy',
      anchorId: s.ids.strategy,
      anchorLabel: 'Strategy 1.1',
      resolvedAt: null,
      resolvedBy: null,
      comments: [
        {
          id: thread.id,
          author: { id: s.coach.id, name: s.coach.name },
          body: text,
          mentions: [{ id: s.principal.id, name: s.principal.name }],
          createdAt: expect.any(String),
        },
      ],
    });

    const link = `/o/${s.school.id}/plans/${s.plan.id}?tab=plan&focus=plan/strategy/${s.ids.strategy}`;
    const told = await toldAbout(text);
    expect(told).toEqual([
      expect.objectContaining({
        personId: s.principal.id,
        organizationId: s.school.id,
        kind: 'mention',
        title: `${s.coach.name} mentioned you on Strategy 1.1 of the ${s.school.name} plan`,
        link,
        readAt: null,
      }),
    ]);
    const emails = await emailsTo(s.principal, text);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: told[0].title, organizationId: s.school.id });
    expect(emails[0].text).toContain(`http://throughline.test${link}`);
    expect(await emailsTo(s.coach, text)).toEqual([]);

    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'plan_comment'), eq(auditEvents.entityId, thread.id)));
    expect(event).toMatchObject({ action: 'create', actorPersonId: s.coach.id, organizationId: s.school.id });

    const inbox = await s.principal.client.get('/api/me/notifications');
    expect(inbox.body.items[0]).toMatchObject({ id: told[0].id, kind: 'mention', body: text, link });
  });

  it('takes replies that keep the thread’s anchor and tells earlier participants in-app only', async () => {
    const s = await scenario();
    const thread = await mentionOnStrategy(s);
    const text = 'Grade 3 first; the coaching log shows each cycle.';
    const reply = await s.principal.client.post(s.url, {
      anchorType: 'plan',
      threadId: thread.id,
      body: text,
      mentionIds: [s.teacher.id],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({ id: thread.id, anchorType: 'strategy', anchorLabel: 'Strategy 1.1' });
    expect(reply.body.comments.map((c: any) => [c.author.id, c.body])).toEqual([
      [s.coach.id, thread.comments[0].body],
      [s.principal.id, text],
    ]);
    const [stored] = await db()
      .select()
      .from(planComments)
      .where(eq(planComments.id, reply.body.comments[1].id));
    expect(stored).toMatchObject({ threadId: thread.id, anchorType: 'strategy', anchorId: s.ids.strategy });

    const told = await toldAbout(text);
    expect(told.map((n) => [n.personId, n.kind]).sort()).toEqual(
      [
        [s.coach.id, 'reply'],
        [s.teacher.id, 'mention'],
      ].sort(),
    );
    expect(await emailsTo(s.coach, text)).toEqual([]);
    expect(await emailsTo(s.teacher, text)).toHaveLength(1);

    const other = await makePlan(h.services, { organization: s.school, startYear: 2030 });
    const elsewhere = await s.principal.client.post(`/api/plans/${other.plan.id}/comments`, {
      anchorType: 'plan',
      threadId: thread.id,
      body: 'Wrong plan',
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.issues).toEqual([{ path: 'threadId', message: expect.any(String) }]);
    const replyToReply = await s.coach.client.post(s.url, {
      anchorType: 'plan',
      threadId: reply.body.comments[1].id,
      body: 'Replies have no replies of their own',
    });
    expect(replyToReply.status).toBe(400);
  });

  it('resolves a thread and opens it again, listing open threads first', async () => {
    const s = await scenario();
    const first = await mentionOnStrategy(s);
    const second = await s.coach.client.post(s.url, { anchorType: 'direction', body: 'A strong vision.' });
    expect(second.status).toBe(201);
    expect(second.body.anchorLabel).toBe('Direction');

    const resolved = await s.principal.client.post(`${s.url}/${first.id}/resolve`, { resolved: true });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({
      id: first.id,
      resolvedAt: expect.any(String),
      resolvedBy: { id: s.principal.id, name: s.principal.name },
      comments: first.comments,
    });
    const list = (await s.districtViewer.client.get(s.url)).body.items as any[];
    const ids = list.map((t) => t.id);
    expect(ids.indexOf(second.body.id)).toBeLessThan(ids.indexOf(first.id));
    const open = list.map((t) => t.resolvedAt === null);
    expect(open).toEqual([...open].sort((a, b) => Number(b) - Number(a)));

    const reopened = await s.coach.client.post(`${s.url}/${first.id}/resolve`, { resolved: false });
    expect(reopened.body).toMatchObject({ id: first.id, resolvedAt: null, resolvedBy: null });
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'plan_comment'), eq(auditEvents.entityId, first.id)));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'reopen', 'resolve']);

    const other = await makePlan(h.services, { organization: s.school, startYear: 2031 });
    const wrongPlan = await s.coach.client.post(`/api/plans/${other.plan.id}/comments/${first.id}/resolve`, {
      resolved: true,
    });
    expect(wrongPlan.status).toBe(404);
    const byViewer = await s.districtViewer.client.post(`${s.url}/${first.id}/resolve`, { resolved: true });
    expect(byViewer.status).toBe(403);
  });

  it('hides a school’s comments from its sibling school', async () => {
    const s = await scenario();
    const thread = await mentionOnStrategy(s);
    const client = s.siblingViewer.client;
    expect((await client.get(s.url)).status).toBe(404);
    expect((await client.post(s.url, { anchorType: 'plan', body: 'Hello' })).status).toBe(404);
    expect((await client.post(`${s.url}/${thread.id}/resolve`, { resolved: true })).status).toBe(404);
  });

  it('refuses mentions of people who cannot read the plan, writing nothing', async () => {
    const s = await scenario();
    const before = await db().select().from(planComments).where(eq(planComments.planId, s.plan.id));
    const text = 'Could another district help here?';
    const res = await s.coach.client.post(s.url, {
      anchorType: 'goal',
      anchorId: s.ids.goal,
      body: text,
      mentionIds: [s.foreigner.id, s.principal.id, s.siblingViewer.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: any) => i.path)).toEqual(['mentionIds.0', 'mentionIds.2']);
    const after = await db().select().from(planComments).where(eq(planComments.planId, s.plan.id));
    expect(after).toHaveLength(before.length);
    expect(await toldAbout(text)).toEqual([]);
  });

  it('lets a district viewer read threads but not comment', async () => {
    const s = await scenario();
    const thread = await mentionOnStrategy(s);
    const post = await s.districtViewer.client.post(s.url, { anchorType: 'plan', body: 'Looks good' });
    expect(post.status).toBe(403);
    const list = await s.districtViewer.client.get(s.url);
    expect(list.status).toBe(200);
    expect(list.body.items.find((t: any) => t.id === thread.id)).toEqual(thread);
  });

  it('checks the anchor belongs to this plan and labels threads on deleted items', async () => {
    const s = await scenario();
    const post = (body: object) => s.principal.client.post(s.url, { body: 'On this part', ...body });
    const other = await makeCompletePlan(h.services);
    const foreign = await post({ anchorType: 'strategy', anchorId: other.ids.strategy });
    expect(foreign.status).toBe(400);
    expect(foreign.body.issues[0].path).toBe('anchorId');
    expect((await post({ anchorType: 'strategy', anchorId: s.ids.goal })).status).toBe(400);
    expect((await post({ anchorType: 'action' })).body.issues[0].path).toBe('anchorId');
    expect((await post({ anchorType: 'needs', anchorId: s.ids.goal })).body.issues[0].path).toBe('anchorId');

    expect((await post({ anchorType: 'needs' })).body.anchorLabel).toBe('Needs assessment');
    expect((await post({ anchorType: 'goal', anchorId: s.ids.goal })).body.anchorLabel).toBe('Goal 1');
    const action = await post({ anchorType: 'action', anchorId: s.ids.actions[1] });
    expect(action.status).toBe(201);
    expect(action.body.anchorLabel).toBe('Action 1.1.2.1');

    await runInSystemTransaction(h.services, async (ctx) => {
      const loaded = await loadPlan(ctx.tx, s.plan.id, { lock: true });
      const item = await loadItem(ctx.tx, 'action', s.plan.id, s.ids.actions[1]);
      await deleteItem(ctx, { loaded, kind: 'action', item, version: item.version });
    });
    const list = await s.coach.client.get(s.url);
    expect(list.body.items.find((t: any) => t.id === action.body.id).anchorLabel).toBe('Action (deleted)');
    const reply = await s.coach.client.post(s.url, {
      anchorType: 'plan',
      threadId: action.body.id,
      body: 'Why was this dropped?',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ anchorType: 'action', anchorLabel: 'Action (deleted)' });
  });
});
