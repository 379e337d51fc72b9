import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/server/auth/tokens';
import { auditEvents, invitations, outboxEmails } from '../../src/server/db/schema';
import { demoPassword } from '../../src/server/demo/network';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

const linkPattern = /^http:\/\/throughline\.test\/invitations\/accept\?token=([^\s&]+)$/;
const tokenOf = (link: string) => decodeURIComponent(link.match(linkPattern)![1]);
const newPassword = 'correct horse battery';

describe.each(engines)('invitations API on %s', (engine) => {
  const h = useHarness(engine);
  const db = () => h.services.database.db;

  const emailsTo = (to: string) => db().select().from(outboxEmails).where(eq(outboxEmails.to, to));
  const auditOf = (entityId: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'invitation'), eq(auditEvents.entityId, entityId)));

  async function signedIn(options: Parameters<typeof makePerson>[1]) {
    const made = await makePerson(h.services, options);
    const client = h.client();
    expect((await client.login(made.person.email)).status).toBe(200);
    return { ...made, client };
  }

  async function invite(client: TestClient, organization: OrganizationRow, body: Record<string, unknown>) {
    const res = await client.post(`/api/organizations/${organization.id}/invitations`, body);
    expect(res.status).toBe(201);
    return res.body as { invitation: { id: string; status: string }; link: string };
  }

  it('invites a new person by a one-time link; they accept, are signed in and hold the role', async () => {
    const school = await makeOrganization(h.services, { name: 'Maple Elementary' });
    const leader = await signedIn({ organization: school, role: 'leader', name: 'Lee Leader' });
    const email = `newcomer-${Date.now()}@example.test`;
    const created = await leader.client.post(`/api/organizations/${school.id}/invitations`, {
      email: email.toUpperCase(),
      name: 'Nia Newcomer',
      role: 'team_member',
    });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toEqual({
      id: expect.any(String),
      email,
      name: 'Nia Newcomer',
      role: 'team_member',
      invitedBy: { id: leader.person.id, name: 'Lee Leader' },
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
      status: 'pending',
    });
    const days = (Date.parse(created.body.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const { link } = created.body;
    expect(link).toMatch(linkPattern);

    const emails = await emailsTo(email);
    expect(emails).toHaveLength(1);
    expect(emails[0].organizationId).toBe(school.id);
    expect(emails[0].text).toContain(link);
    expect(`${emails[0].subject}\n${emails[0].text}`).toMatch(/Maple Elementary/);
    expect(emails[0].text).toMatch(/Lee Leader/);
    expect(emails[0].text).toMatch(/a team member/);
    const admin = await signedIn({ organization: school, role: 'administrator' });
    const outbox = await admin.client.get(`/api/organizations/${school.id}/outbox`);
    expect(outbox.status).toBe(200);
    expect(outbox.body.items).toEqual([
      {
        id: emails[0].id,
        to: email,
        subject: emails[0].subject,
        text: emails[0].text,
        createdAt: expect.any(String),
        sentAt: null,
        error: null,
      },
    ]);
    const stored = await db()
      .select()
      .from(invitations)
      .where(eq(invitations.id, created.body.invitation.id));
    expect(stored[0].tokenHash).toBe(hashSecret(tokenOf(link)));

    const token = tokenOf(link);
    const invitee = h.client();
    const lookup = await invitee.get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({
      email,
      name: 'Nia Newcomer',
      role: 'team_member',
      organizationName: 'Maple Elementary',
      hasAccount: false,
    });

    const weak = await invitee.post('/api/invitations/accept', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.issues.map((i: { path: string }) => i.path)).toEqual(['password']);

    const accepted = await invitee.post('/api/invitations/accept', { token, password: newPassword });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('set-cookie')).toMatch(/tl_session=.+HttpOnly/i);
    expect(accepted.body.person).toMatchObject({ email, name: 'Nia Newcomer' });
    invitee.csrfToken = accepted.body.csrfToken;
    const me = await invitee.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        organizationId: school.id,
        organizationName: 'Maple Elementary',
        role: 'team_member',
      }),
    ]);
    expect((await h.client().login(email, newPassword)).status).toBe(200);

    const reused = await h.client().post('/api/invitations/accept', { token, password: newPassword });
    expect(reused.status).toBe(400);
    expect(reused.body.issues.map((i: { path: string }) => i.path)).toEqual(['token']);
    expect((await h.client().get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`)).status).toBe(
      404,
    );

    const list = await leader.client.get(`/api/organizations/${school.id}/invitations`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.body.invitation.id, status: 'accepted' }),
    ]);
    const events = await auditOf(created.body.invitation.id);
    expect(events.map((e) => e.action).sort()).toEqual(['accept', 'create']);
    expect(events.find((e) => e.action === 'accept')?.actorPersonId).toBe(me.body.person.id);
    expect(JSON.stringify(events)).not.toContain('tokenHash');
  });

  it('asks an existing account for its own password, then adds the role', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const { person, organization: home } = await makePerson(h.services, { role: 'viewer' });
    const { link } = await invite(leader.client, school, { email: person.email, role: 'coach' });
    const token = tokenOf(link);
    const lookup = await h.client().get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`);
    expect(lookup.body.hasAccount).toBe(true);

    const invitee = h.client();
    const wrong = await invitee.post('/api/invitations/accept', { token, password: 'a guess that is wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.issues.map((i: { path: string }) => i.path)).toEqual(['password']);
    expect((await invitee.get('/api/me')).status).toBe(401);

    const accepted = await invitee.post('/api/invitations/accept', { token, password: demoPassword });
    expect(accepted.status).toBe(200);
    expect(accepted.body.person.id).toBe(person.id);
    const me = await invitee.get('/api/me');
    expect(
      me.body.memberships.map((m: { organizationId: string; role: string }) => [m.organizationId, m.role]),
    ).toEqual(
      expect.arrayContaining([
        [home.id, 'viewer'],
        [school.id, 'coach'],
      ]),
    );
  });

  it('needs no CSRF token to accept, and signs in as the invitee even over another session', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const email = `second-${Date.now()}@example.test`;
    const { link } = await invite(leader.client, school, { email, role: 'viewer' });
    leader.client.csrfToken = null;
    const token = tokenOf(link);
    const nameless = await leader.client.post('/api/invitations/accept', { token, password: newPassword });
    expect(nameless.status).toBe(400);
    expect(nameless.body.issues).toEqual([{ path: 'name', message: 'Enter your name.' }]);
    const accepted = await leader.client.post('/api/invitations/accept', {
      token,
      name: 'Sam Second',
      password: newPassword,
    });
    expect(accepted.status).toBe(200);
    expect((await leader.client.get('/api/me')).body.person).toMatchObject({ email, name: 'Sam Second' });
  });

  it('refuses revoked and expired invitations', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const revoked = await invite(leader.client, school, {
      email: 'revoked@example.test',
      name: 'R',
      role: 'viewer',
    });
    expect((await leader.client.post(`/api/invitations/${revoked.invitation.id}/revoke`)).status).toBe(204);
    const token = tokenOf(revoked.link);
    expect((await h.client().get(`/api/invitations/lookup?token=${encodeURIComponent(token)}`)).status).toBe(
      404,
    );
    const refused = await h.client().post('/api/invitations/accept', { token, password: newPassword });
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toEqual(['token']);
    expect((await auditOf(revoked.invitation.id)).map((e) => e.action).sort()).toEqual(['create', 'revoke']);

    const expired = await invite(leader.client, school, {
      email: 'late@example.test',
      name: 'L',
      role: 'viewer',
    });
    await db()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.invitation.id));
    const late = tokenOf(expired.link);
    expect((await h.client().get(`/api/invitations/lookup?token=${encodeURIComponent(late)}`)).status).toBe(
      404,
    );
    expect(
      (await h.client().post('/api/invitations/accept', { token: late, password: newPassword })).status,
    ).toBe(400);

    const list = await leader.client.get(`/api/organizations/${school.id}/invitations`);
    const statuses = Object.fromEntries(
      list.body.items.map((i: { email: string; status: string }) => [i.email, i.status]),
    );
    expect(statuses).toEqual({ 'revoked@example.test': 'revoked', 'late@example.test': 'expired' });
  });

  it('cannot withdraw an accepted invitation, and a new invitation replaces the open one', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const first = await invite(leader.client, school, {
      email: 'twice@example.test',
      name: 'T',
      role: 'viewer',
    });
    const second = await invite(leader.client, school, {
      email: 'twice@example.test',
      name: 'T',
      role: 'viewer',
    });
    expect(
      (
        await h
          .client()
          .post('/api/invitations/accept', { token: tokenOf(first.link), password: newPassword })
      ).status,
    ).toBe(400);
    const accepted = await h.client().post('/api/invitations/accept', {
      token: tokenOf(second.link),
      password: newPassword,
    });
    expect(accepted.status).toBe(200);
    expect((await leader.client.post(`/api/invitations/${second.invitation.id}/revoke`)).status).toBe(400);
  });

  it('refuses to invite someone who already holds the role there', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    const { person } = await makePerson(h.services, { organization: school, role: 'viewer' });
    const res = await leader.client.post(`/api/organizations/${school.id}/invitations`, {
      email: person.email,
      role: 'viewer',
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: 'email', message: expect.any(String) }]);
    expect(await emailsTo(person.email)).toHaveLength(0);
    const other = await leader.client.post(`/api/organizations/${school.id}/invitations`, {
      email: person.email,
      role: 'team_member',
    });
    expect(other.status).toBe(201);
  });

  it('keeps invitations within the inviter’s reach', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { parent: district });
    const sibling = await makeOrganization(h.services, { parent: district });
    const leader = await signedIn({ organization: school, role: 'leader' });
    const viewer = await signedIn({ organization: school, role: 'viewer' });
    const body = { email: 'someone@example.test', role: 'viewer' };
    expect((await leader.client.post(`/api/organizations/${sibling.id}/invitations`, body)).status).toBe(404);
    expect((await leader.client.get(`/api/organizations/${sibling.id}/invitations`)).status).toBe(404);
    expect((await viewer.client.post(`/api/organizations/${school.id}/invitations`, body)).status).toBe(403);
    expect((await viewer.client.get(`/api/organizations/${school.id}/invitations`)).status).toBe(403);
    expect((await viewer.client.get(`/api/organizations/${school.id}/outbox`)).status).toBe(403);
    const administrator = { ...body, role: 'administrator' };
    expect(
      (await leader.client.post(`/api/organizations/${school.id}/invitations`, administrator)).status,
    ).toBe(403);
    const districtAdmin = await signedIn({ organization: district, role: 'administrator' });
    expect(
      (await districtAdmin.client.post(`/api/organizations/${sibling.id}/invitations`, administrator)).status,
    ).toBe(201);
    const pending = await invite(districtAdmin.client, school, {
      email: 'kept@example.test',
      role: 'viewer',
    });
    expect((await viewer.client.post(`/api/invitations/${pending.invitation.id}/revoke`)).status).toBe(403);
    expect(await emailsTo('someone@example.test')).toHaveLength(1);
  });

  it('returns no link when SMTP delivers the email, but still queues it', async () => {
    const school = await makeOrganization(h.services);
    const leader = await signedIn({ organization: school, role: 'leader' });
    h.services.config.smtpUrl = 'smtp://mail.example.test:25';
    try {
      const res = await leader.client.post(`/api/organizations/${school.id}/invitations`, {
        email: 'mailed@example.test',
        role: 'viewer',
      });
      expect(res.status).toBe(201);
      expect(res.body.link).toBeNull();
    } finally {
      h.services.config.smtpUrl = undefined;
    }
    const emails = await emailsTo('mailed@example.test');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toMatch(/http:\/\/throughline\.test\/invitations\/accept\?token=/);
  });
});

describe.each(engines)('outbox secrecy on %s', (engine) => {
  const h = useHarness(engine);

  it('keeps invitation links for roles a leader cannot grant out of the leader’s reach', async () => {
    const school = await makeOrganization(h.services);
    const { person: admin } = await makePerson(h.services, { role: 'administrator', organization: school });
    const { person: leader } = await makePerson(h.services, { role: 'leader', organization: school });
    const adminClient = h.client();
    await adminClient.login(admin.email);
    const invited = await adminClient.post(`/api/organizations/${school.id}/invitations`, {
      email: 'future.admin@example.test',
      role: 'administrator',
    });
    expect(invited.status).toBe(201);
    const leaderClient = h.client();
    await leaderClient.login(leader.email);
    const outbox = await leaderClient.get(`/api/organizations/${school.id}/outbox`);
    expect(outbox.status).toBe(403);
    expect((await adminClient.get(`/api/organizations/${school.id}/outbox`)).body.items).toHaveLength(1);
  });
});
