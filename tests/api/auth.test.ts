import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outboxEmails, people, sessions } from '../../src/server/db/schema';
import { demoPassword } from '../../src/server/demo/network';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('sign-in and account API on %s', (engine) => {
  const h = useHarness(engine);

  const emailsTo = (to: string) =>
    h.services.database.db.select().from(outboxEmails).where(eq(outboxEmails.to, to));

  it('signs in with an httpOnly, SameSite=Lax session cookie and returns the person', async () => {
    const { person, organization } = await makePerson(h.services, { role: 'leader' });
    const client = h.client();
    const res = await client.login(person.email.toUpperCase());
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tl_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body.person).toEqual({
      id: person.id,
      email: person.email,
      name: person.name,
      position: null,
    });
    expect(res.body.memberships).toEqual([
      expect.objectContaining({ organizationId: organization.id, role: 'leader' }),
    ]);
    expect(res.body.csrfToken).toEqual(expect.any(String));
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.person.id).toBe(person.id);
  });

  it('refuses a wrong password with 401 and an issue on password', async () => {
    const { person } = await makePerson(h.services);
    const res = await h.client().login(person.email, 'not the password at all');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.body.issues).toEqual([{ path: 'password', message: expect.any(String) }]);
  });

  it('after 10 failed attempts refuses the 11th with 429, even with the right password', async () => {
    const { person } = await makePerson(h.services);
    const client = h.client();
    for (let i = 0; i < 10; i++) {
      expect((await client.login(person.email, `wrong password ${i}`)).status).toBe(401);
    }
    const limited = await client.login(person.email, demoPassword);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatch(/Too many/);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('answers /api/me without a session with 401 JSON', async () => {
    const res = await h.client().get('/api/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body).toEqual({ error: expect.any(String), issues: [] });
  });

  it('stops honouring a session once it expires or its person is disabled', async () => {
    const { db } = h.services.database;
    const expiring = await makePerson(h.services, { role: 'leader' });
    const first = h.client();
    await first.login(expiring.person.email);
    const disabled = await makePerson(h.services, { role: 'leader' });
    const second = h.client();
    await second.login(disabled.person.email);
    expect((await first.get('/api/me')).status).toBe(200);
    expect((await second.get('/api/me')).status).toBe(200);

    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.personId, expiring.person.id));
    await db.update(people).set({ disabledAt: new Date() }).where(eq(people.id, disabled.person.id));
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const { person } = await makePerson(h.services);
    const client = h.client();
    const login = await client.login(person.email);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    expect((await client.get('/api/me')).status).toBe(200);
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    // The old cookie value no longer works either: the session row is gone, not just the cookie.
    const replay = await h.app.request('/api/me', { headers: { cookie } });
    expect(replay.status).toBe(401);
  });

  it('refuses a write with a session but without the CSRF header', async () => {
    const { person, organization } = await makePerson(h.services, { role: 'leader' });
    const client = h.client();
    await client.login(person.email);
    client.csrfToken = null;
    const res = await client.patch(`/api/organizations/${organization.id}`, {
      phone: '555-0100',
      version: 1,
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/CSRF/);
    client.csrfToken = 'not-the-token';
    expect(
      (await client.patch(`/api/organizations/${organization.id}`, { phone: '555-0100', version: 1 })).status,
    ).toBe(403);
  });

  it('answers malformed JSON with 400 JSON and a wrong content type with 415', async () => {
    const client = h.client();
    const malformed = await client.request('POST', '/api/auth/login', '{"email": "a@b.test", ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: expect.any(String), issues: expect.any(Array) });
    const wrongType = await client.request('POST', '/api/auth/login', 'email=a@b.test&password=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.issues).toEqual([{ path: 'content-type', message: expect.any(String) }]);
  });

  it('resets a password with a one-time emailed link', async () => {
    const { person } = await makePerson(h.services);
    const client = h.client();
    const requested = await client.post('/api/auth/password-reset', { email: person.email });
    expect(requested.status).toBe(202);
    const emails = await emailsTo(person.email);
    expect(emails).toHaveLength(1);
    const link = emails[0].text.match(/http:\/\/throughline\.test\/reset-password\?token=(\S+)/);
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]);

    const newPassword = 'a brand new passphrase';
    const done = await client.post('/api/auth/password-reset/complete', { token, password: newPassword });
    expect(done.status).toBe(204);
    expect((await h.client().login(person.email, demoPassword)).status).toBe(401);
    expect((await h.client().login(person.email, newPassword)).status).toBe(200);

    const reused = await client.post('/api/auth/password-reset/complete', {
      token,
      password: 'yet another passphrase',
    });
    expect(reused.status).toBe(400);
    expect(reused.body.issues).toEqual([{ path: 'token', message: expect.any(String) }]);
    expect((await h.client().login(person.email, newPassword)).status).toBe(200);
  });

  it('answers a reset request for an unknown email the same way, without queuing an email', async () => {
    const email = 'nobody-here@example.test';
    const res = await h.client().post('/api/auth/password-reset', { email });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'sent' });
    expect(await emailsTo(email)).toHaveLength(0);
  });
});
