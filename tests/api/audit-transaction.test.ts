import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/auth/actor';
import type { CommandContext } from '../../src/server/commands/context';
import { updateOrganization } from '../../src/server/commands/organizations/update';
import type { Tx } from '../../src/server/db/client';
import { auditEvents } from '../../src/server/db/schema';
import { ApiError } from '../../src/server/http/errors';
import { loadOrganization } from '../../src/server/queries/organizations';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { type Harness, useHarness } from '../support/harness';

function auditOf(h: Harness, entityId: string) {
  return h.services.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
}

function contextFor(h: Harness, tx: Tx, actor: Actor | null): CommandContext {
  return {
    tx,
    actor,
    requestId: 'test-request',
    mailer: h.services.mailer,
    publicUrl: h.services.config.publicUrl,
    queuedEmails: [],
  };
}

const personActor = (personId: string): Actor => ({
  kind: 'person',
  personId,
  sessionId: null,
  csrfToken: null,
  grants: [],
});

async function statusOf(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    return 500;
  }
}

describe.each(engines)('audit and edit conflicts on %s', (engine) => {
  const h = useHarness(engine);

  it('records one audit event per edit with actor, organization, entity and both versions', async () => {
    const school = await makeOrganization(h.services);
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const client = h.client();
    await client.login(person.email);
    const res = await client.patch(`/api/organizations/${school.id}`, {
      phone: '555-0101',
      leaderName: 'Dana Ortiz',
      version: 1,
    });
    expect(res.status).toBe(200);
    const events = (await auditOf(h, school.id)).filter((e) => e.action !== 'create');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      actorPersonId: person.id,
      actorTokenId: null,
      organizationId: school.id,
      entityType: 'organization',
      entityId: school.id,
      action: 'update',
    });
    expect(event.requestId).toEqual(expect.any(String));
    expect(event.before).toMatchObject({ phone: null, leaderName: null, version: 1, name: school.name });
    expect(event.after).toMatchObject({ phone: '555-0101', leaderName: 'Dana Ortiz', version: 2 });
  });

  it('rolls the edit back when its audit event cannot be written', async () => {
    const school = await makeOrganization(h.services);
    const ghost = randomUUID();
    const attempt = h.services.database.db.transaction(async (tx) => {
      const organization = await loadOrganization(tx, school.id);
      await updateOrganization(contextFor(h, tx, personActor(ghost)), {
        organization,
        phone: '555-0199',
        version: 1,
      });
    });
    // The failure must come from the audit insert itself, after the organization row was already updated.
    const error = await attempt.then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/insert into "audit_events"/);
    expect(String(error?.cause)).toMatch(/foreign key/i);
    const after = await loadOrganization(h.services.database.db, school.id);
    expect(after).toMatchObject({ phone: null, version: 1 });
    expect((await auditOf(h, school.id)).filter((e) => e.action === 'update')).toEqual([]);
  });

  it('rolls the audit event back with a transaction that fails after it', async () => {
    const school = await makeOrganization(h.services);
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const attempt = h.services.database.db.transaction(async (tx) => {
      const organization = await loadOrganization(tx, school.id);
      const row = await updateOrganization(contextFor(h, tx, personActor(person.id)), {
        organization,
        phone: '555-0142',
        version: 1,
      });
      expect(row.version).toBe(2);
      const inside = await tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, school.id), eq(auditEvents.action, 'update')));
      expect(inside).toHaveLength(1);
      throw new Error('a later step of the same request failed');
    });
    await expect(attempt).rejects.toThrow('a later step');
    expect(await loadOrganization(h.services.database.db, school.id)).toMatchObject({
      phone: null,
      version: 1,
    });
    expect((await auditOf(h, school.id)).filter((e) => e.action === 'update')).toEqual([]);
  });

  it('writes no audit event for a stale edit, whether caught before or by the conditional update', async () => {
    const school = await makeOrganization(h.services);
    const { person } = await makePerson(h.services, { role: 'leader', organization: school });
    const db = h.services.database.db;
    const loadedEarlier = await loadOrganization(db, school.id);
    await db.transaction(async (tx) => {
      const organization = await loadOrganization(tx, school.id);
      await updateOrganization(contextFor(h, tx, personActor(person.id)), {
        organization,
        phone: '555-0001',
        version: 1,
      });
    });
    const tooOld = db.transaction(async (tx) => {
      const organization = await loadOrganization(tx, school.id);
      await updateOrganization(contextFor(h, tx, personActor(person.id)), {
        organization,
        phone: '555-0002',
        version: 1,
      });
    });
    expect(await statusOf(tooOld)).toBe(409);
    // A row read before the first save still says version 1, so only `WHERE version = 1` can stop it.
    const raced = db.transaction((tx) =>
      updateOrganization(contextFor(h, tx, personActor(person.id)), {
        organization: loadedEarlier,
        phone: '555-0003',
        version: 1,
      }),
    );
    expect(await statusOf(raced)).toBe(409);
    expect(await loadOrganization(db, school.id)).toMatchObject({ phone: '555-0001', version: 2 });
    const updates = (await auditOf(h, school.id)).filter((e) => e.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0].after).toMatchObject({ phone: '555-0001' });
  });

  it('refuses the second of two edits based on the same version with 409 and keeps the first', async () => {
    const school = await makeOrganization(h.services);
    const { person: first } = await makePerson(h.services, { role: 'leader', organization: school });
    const { person: second } = await makePerson(h.services, { role: 'leader', organization: school });
    const a = h.client();
    const b = h.client();
    await a.login(first.email);
    await b.login(second.email);
    const loadedA = await a.get(`/api/organizations/${school.id}`);
    const loadedB = await b.get(`/api/organizations/${school.id}`);
    expect([loadedA.body.version, loadedB.body.version]).toEqual([1, 1]);
    const saved = await a.patch(`/api/organizations/${school.id}`, { phone: '555-1111', version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await b.patch(`/api/organizations/${school.id}`, { phone: '555-2222', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 2, issues: [] });
    expect(stale.body.error).toEqual(expect.any(String));
    const current = await b.get(`/api/organizations/${school.id}`);
    expect(current.body).toMatchObject({ phone: '555-1111', version: 2 });
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const school = await makeOrganization(h.services);
    const { person: first } = await makePerson(h.services, { role: 'leader', organization: school });
    const { person: second } = await makePerson(h.services, { role: 'leader', organization: school });
    const a = h.client();
    const b = h.client();
    await a.login(first.email);
    await b.login(second.email);
    const results = await Promise.all([
      a.patch(`/api/organizations/${school.id}`, { phone: '555-3333', version: 1 }),
      b.patch(`/api/organizations/${school.id}`, { phone: '555-4444', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const current = await loadOrganization(h.services.database.db, school.id);
    expect(current).toMatchObject({ phone: winner.body.phone, version: 2 });
    expect((await auditOf(h, school.id)).filter((e) => e.action === 'update')).toHaveLength(1);
  });

  it('refuses to change or delete recorded audit events', async () => {
    const school = await makeOrganization(h.services);
    const db = h.services.database.db;
    await expect(
      db.execute(sql`update audit_events set action = 'forged' where entity_id = ${school.id}`),
    ).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where entity_id = ${school.id}`)).rejects.toThrow();
    expect((await auditOf(h, school.id)).map((e) => e.action)).toEqual(['create']);
  });
});
