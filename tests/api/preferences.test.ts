import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/server/commands/api-tokens/create';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents, notifications, outboxEmails } from '../../src/server/db/schema';
import { notify } from '../../src/server/notifications/notify';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('notification preferences (%s)', (engine) => {
  const h = useHarness(engine);
  let digestReader: Awaited<ReturnType<typeof makePerson>>;
  let client: TestClient;

  beforeAll(async () => {
    digestReader = await makePerson(h.services, { role: 'team_member' });
    client = h.client();
    await client.login(digestReader.person.email);
  });

  it('starts from the defaults and saves the first time without a version', async () => {
    expect((await client.get('/api/me/preferences')).body).toEqual({ dailyDigest: false, version: null });
    const saved = await client.request('PUT', '/api/me/preferences', { dailyDigest: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ dailyDigest: true, version: 1 });
    expect((await client.get('/api/me/preferences')).body).toEqual({ dailyDigest: true, version: 1 });

    const [event] = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'person_preferences'),
          eq(auditEvents.entityId, digestReader.person.id),
        ),
      );
    expect(event).toMatchObject({
      action: 'create',
      actorPersonId: digestReader.person.id,
      after: { dailyDigest: true },
    });
  });

  it('refuses a save based on an outdated version with 409 and the current version', async () => {
    const missing = await client.request('PUT', '/api/me/preferences', { dailyDigest: false });
    expect(missing.status).toBe(409);
    expect(missing.body.currentVersion).toBe(1);
    const stale = await client.request('PUT', '/api/me/preferences', { dailyDigest: false, version: 7 });
    expect(stale.status).toBe(409);
    const ok = await client.request('PUT', '/api/me/preferences', { dailyDigest: false, version: 1 });
    expect(ok.body).toEqual({ dailyDigest: false, version: 2 });
    const back = await client.request('PUT', '/api/me/preferences', { dailyDigest: true, version: 2 });
    expect(back.body).toEqual({ dailyDigest: true, version: 3 });
  });

  it('validates the body and names the field', async () => {
    const bad = await client.request('PUT', '/api/me/preferences', { dailyDigest: 'yes', version: 3 });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toContain('dailyDigest');
  });

  it('is for signed-in people only, never API tokens', async () => {
    expect((await h.client().get('/api/me/preferences')).status).toBe(401);
    const { secret } = await runInSystemTransaction(h.services, (ctx) =>
      createApiToken(ctx, {
        organization: digestReader.organization,
        name: 'write token',
        scope: 'write',
        createdById: digestReader.person.id,
      }),
    );
    const token = h.client().withToken(secret);
    expect((await token.get('/api/me/preferences')).status).toBe(403);
    expect((await token.request('PUT', '/api/me/preferences', { dailyDigest: false })).status).toBe(403);
  });

  it('keeps notifications in the inbox but sends no individual email to people taking the digest', async () => {
    const other = await makePerson(h.services, { organization: digestReader.organization, role: 'leader' });
    await runInSystemTransaction(h.services, (ctx) =>
      notify(ctx, {
        personIds: [digestReader.person.id, other.person.id],
        organizationId: digestReader.organization.id,
        kind: 'mention',
        title: 'Someone mentioned you in a plan',
        email: true,
      }),
    );
    const { db } = h.services.database;
    for (const who of [digestReader, other]) {
      const inbox = await db.select().from(notifications).where(eq(notifications.personId, who.person.id));
      expect(inbox.map((n) => n.title)).toEqual(['Someone mentioned you in a plan']);
    }
    const emails = async (to: string) => db.select().from(outboxEmails).where(eq(outboxEmails.to, to));
    expect(await emails(digestReader.person.email)).toEqual([]);
    expect(await emails(other.person.email)).toHaveLength(1);
  });
});
