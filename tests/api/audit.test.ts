import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/server/commands/organizations/create';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)('audit API on %s', (engine) => {
  const h = useHarness(engine);

  async function districtWithAdmin() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const { person } = await makePerson(h.services, { role: 'administrator', organization: district });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { district, person, client };
  }

  it('lists an organization’s own events newest first, and those below it on request', async () => {
    const { district, person, client } = await districtWithAdmin();
    const edit = await client.patch(`/api/organizations/${district.id}`, { phone: '555-0100', version: 1 });
    expect(edit.status).toBe(200);
    const school = await client.post('/api/organizations', {
      kind: 'school',
      name: 'Elm',
      parentId: district.id,
    });
    expect(school.status).toBe(201);

    const own = await client.get(`/api/organizations/${district.id}/audit?entityType=organization`);
    expect(own.status).toBe(200);
    expect(own.body.nextCursor).toBeNull();
    expect(own.body.items.map((e: any) => e.action)).toEqual(['update', 'create']);
    expect(own.body.items[0]).toMatchObject({
      actor: { id: person.id, name: person.name },
      tokenId: null,
      organization: { id: district.id, name: district.name },
      entityType: 'organization',
      entityId: district.id,
      before: { phone: null, version: 1 },
      after: { phone: '555-0100', version: 2 },
      requestId: expect.any(String),
    });
    expect(own.body.items[1].actor).toBeNull();
    expect(Date.parse(own.body.items[0].occurredAt)).toBeGreaterThanOrEqual(
      Date.parse(own.body.items[1].occurredAt),
    );

    const all = await client.get(
      `/api/organizations/${district.id}/audit?entityType=organization&includeDescendants=true`,
    );
    expect(all.body.items.map((e: any) => [e.organization.name, e.action])).toEqual([
      ['Elm', 'create'],
      [district.name, 'update'],
      [district.name, 'create'],
    ]);
  });

  it('filters by entity type, action, person and UTC day range', async () => {
    const { district, person, client } = await districtWithAdmin();
    const { person: other } = await makePerson(h.services, { role: 'leader', organization: district });
    const otherClient = h.client();
    await otherClient.login(other.email);
    await client.patch(`/api/organizations/${district.id}`, { phone: '555-0101', version: 1 });
    await otherClient.patch(`/api/organizations/${district.id}`, { phone: '555-0102', version: 2 });
    const base = `/api/organizations/${district.id}/audit`;
    const actions = async (query: string) => {
      const res = await client.get(`${base}?${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((e: any) => `${e.action}:${e.actor?.name ?? 'system'}`);
    };
    expect(await actions('action=update')).toEqual([`update:${other.name}`, `update:${person.name}`]);
    expect(await actions(`personId=${person.id}`)).toEqual([`update:${person.name}`]);
    expect(await actions('entityType=network')).toEqual([]);
    expect(await actions('entityType=organization&action=create')).toEqual(['create:system']);
    const everything = await actions('limit=200');
    expect(everything.length).toBeGreaterThan(3);
    expect(await actions(`from=${day(-1)}&to=${day(1)}&limit=200`)).toEqual(everything);
    expect(await actions(`from=${day(1)}`)).toEqual([]);
    expect(await actions(`to=${day(-1)}`)).toEqual([]);
    const backwards = await client.get(`${base}?from=${day(1)}&to=${day(-1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toEqual([
      { path: 'to', message: 'The end date must be on or after the start date.' },
    ]);
    const badDay = await client.get(`${base}?from=2024-02-30`);
    expect(badDay.body.issues).toEqual([{ path: 'from', message: 'Enter a real date as YYYY-MM-DD.' }]);
  });

  it('pages through events written in one transaction without skipping or repeating any', async () => {
    const { district, client } = await districtWithAdmin();
    // One transaction: every event shares the same timestamp, so only the id orders them.
    await runInSystemTransaction(h.services, async (ctx) => {
      for (let i = 0; i < 7; i++) {
        await createOrganization(ctx, { kind: 'school', name: `Batch ${i}`, parent: district });
      }
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `entityType=organization&includeDescendants=true&limit=3${cursor ? `&before=${cursor}` : ''}`;
      const res = await client.get(`/api/organizations/${district.id}/audit?${query}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((e: any) => e.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);

    const bad = await client.get(`/api/organizations/${district.id}/audit?before=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('before');
  });

  it('needs readAudit: refused to team members, invisible to unrelated districts, open to ancestors', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const state = await h.services.database.db.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.id, district.parentId!),
    });
    const path = `/api/organizations/${district.id}/audit`;
    const as = async (role: 'team_member' | 'leader', organization = district) => {
      const { person } = await makePerson(h.services, { role, organization });
      const client = h.client();
      await client.login(person.email);
      return (await client.get(path)).status;
    };
    expect(await as('team_member')).toBe(403);
    expect(await as('leader', await makeOrganization(h.services, { kind: 'district' }))).toBe(404);
    expect(await as('leader', state!)).toBe(200);
    expect((await h.client().get(path)).status).toBe(401);
  });

  it('has no endpoint that edits or deletes audit events', async () => {
    const { district, client } = await districtWithAdmin();
    const spec = await client.get('/api/openapi.json');
    const auditPaths = Object.entries(spec.body.paths as Record<string, object>).filter(([p]) =>
      p.includes('audit'),
    );
    expect(auditPaths.length).toBeGreaterThan(0);
    for (const [, operations] of auditPaths) expect(Object.keys(operations)).toEqual(['get']);
    const path = `/api/organizations/${district.id}/audit`;
    expect((await client.delete(path)).status).toBe(404);
    expect((await client.patch(path, { action: 'x' })).status).toBe(404);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const { db } = h.services.database;
    const count = async () =>
      (await db.query.auditEvents.findMany({ where: (e, { eq }) => eq(e.organizationId, district.id) }))
        .length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    // Drivers wrap the database error; the trigger's own message is the cause.
    const refusal = (statement: ReturnType<typeof sql>) =>
      db.execute(statement).then(
        () => 'accepted',
        (error) => String(error.cause?.message ?? error.message),
      );
    expect(
      await refusal(sql`update audit_events set action = 'x' where organization_id = ${district.id}`),
    ).toBe('audit events are append-only');
    expect(await refusal(sql`delete from audit_events where organization_id = ${district.id}`)).toBe(
      'audit events are append-only',
    );
    expect(await refusal(sql`truncate audit_events`)).toBe('audit events are append-only');
    expect(await count()).toBe(before);
    const events = await db.query.auditEvents.findMany({
      where: (e, { eq }) => eq(e.organizationId, district.id),
    });
    expect(events.every((e) => e.action === 'create')).toBe(true);
  });
});
