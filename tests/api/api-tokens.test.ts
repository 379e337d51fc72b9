import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/server/auth/tokens';
import { apiTokens, auditEvents } from '../../src/server/db/schema';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('API tokens on %s', (engine) => {
  const h = useHarness(engine);

  async function signedIn(options: Parameters<typeof makePerson>[1]) {
    const made = await makePerson(h.services, options);
    const client = h.client();
    expect((await client.login(made.person.email)).status).toBe(200);
    return { ...made, client };
  }

  async function createToken(client: TestClient, organization: OrganizationRow, scope: 'read' | 'write') {
    const res = await client.post(`/api/organizations/${organization.id}/api-tokens`, {
      name: `Data warehouse ${scope}`,
      scope,
    });
    expect(res.status).toBe(201);
    return res.body as { token: { id: string; prefix: string }; secret: string };
  }

  it('shows the secret once and stores only its hash', async () => {
    const school = await makeOrganization(h.services);
    const admin = await signedIn({ organization: school, role: 'administrator', name: 'Ada Admin' });
    const res = await admin.client.post(`/api/organizations/${school.id}/api-tokens`, {
      name: 'Data warehouse',
      scope: 'read',
    });
    expect(res.status).toBe(201);
    const { token, secret } = res.body;
    expect(secret).toMatch(/^tl_[A-Za-z0-9_-]{40,}$/);
    expect(token).toEqual({
      id: expect.any(String),
      name: 'Data warehouse',
      scope: 'read',
      prefix: secret.slice(0, 10),
      createdBy: { id: admin.person.id, name: 'Ada Admin' },
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    const [row] = await h.services.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row.tokenHash).toBe(hashSecret(secret));
    const list = await admin.client.get(`/api/organizations/${school.id}/api-tokens`);
    expect(list.body.items).toEqual([token]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const events = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'api_token'), eq(auditEvents.entityId, token.id)));
    expect(events).toEqual([expect.objectContaining({ action: 'create', actorPersonId: admin.person.id })]);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(JSON.stringify(events)).not.toContain(row.tokenHash);

    const badScope = await admin.client.post(`/api/organizations/${school.id}/api-tokens`, {
      name: 'x',
      scope: 'admin',
    });
    expect(badScope.status).toBe(400);
    expect(badScope.body.issues.map((i: { path: string }) => i.path)).toEqual(['scope']);
  });

  it('lets a read token read its organization but not write it, and records its use', async () => {
    const school = await makeOrganization(h.services);
    const admin = await signedIn({ organization: school, role: 'administrator' });
    const { secret } = await createToken(admin.client, school, 'read');
    const bot = h.client().withToken(secret);
    const read = await bot.get(`/api/organizations/${school.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toMatchObject({ read: true, update: false });
    expect((await bot.get(`/api/organizations/${school.id}/members`)).status).toBe(200);
    const write = await bot.patch(`/api/organizations/${school.id}`, { phone: '555-0199', version: 1 });
    expect(write.status).toBe(403);
    expect(write.body.error).toMatch(/read-only/);
    expect((await admin.client.get(`/api/organizations/${school.id}`)).body.phone).toBeNull();
    const list = await admin.client.get(`/api/organizations/${school.id}/api-tokens`);
    expect(list.body.items[0].lastUsedAt).toEqual(expect.any(String));
  });

  it('reaches only its organization and the ones below it', async () => {
    const state = await makeOrganization(h.services, { kind: 'state' });
    const district = await makeOrganization(h.services, { kind: 'district', parent: state });
    const siblingDistrict = await makeOrganization(h.services, { kind: 'district', parent: state });
    const school = await makeOrganization(h.services, { parent: district });
    const siblingSchool = await makeOrganization(h.services, { parent: district });
    const admin = await signedIn({ organization: district, role: 'administrator' });
    const districtBot = h.client().withToken((await createToken(admin.client, district, 'write')).secret);
    expect((await districtBot.get(`/api/organizations/${school.id}`)).status).toBe(200);
    expect((await districtBot.get(`/api/organizations/${siblingDistrict.id}`)).status).toBe(404);

    const schoolBot = h.client().withToken((await createToken(admin.client, school, 'read')).secret);
    expect((await schoolBot.get(`/api/organizations/${school.id}`)).status).toBe(200);
    expect((await schoolBot.get(`/api/organizations/${siblingSchool.id}`)).status).toBe(404);
    expect((await schoolBot.get(`/api/organizations/${siblingSchool.id}/members`)).status).toBe(404);
    const search = await schoolBot.get('/api/organizations?limit=200');
    expect(search.body.items.map((o: { id: string }) => o.id)).not.toContain(siblingSchool.id);
  });

  it('stops working the moment it is revoked', async () => {
    const school = await makeOrganization(h.services);
    const admin = await signedIn({ organization: school, role: 'administrator' });
    const { token, secret } = await createToken(admin.client, school, 'write');
    const bot = h.client().withToken(secret);
    expect((await bot.get(`/api/organizations/${school.id}`)).status).toBe(200);
    expect((await admin.client.post(`/api/api-tokens/${token.id}/revoke`)).status).toBe(204);
    const refused = await bot.get(`/api/organizations/${school.id}`);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: expect.any(String), issues: [] });
    const list = await admin.client.get(`/api/organizations/${school.id}/api-tokens`);
    expect(list.body.items[0].revokedAt).toEqual(expect.any(String));
    expect((await admin.client.post(`/api/api-tokens/${token.id}/revoke`)).status).toBe(204);
    const events = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'api_token'), eq(auditEvents.entityId, token.id)));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'revoke']);
  });

  it('is managed only by administrators signed in as themselves', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { parent: district });
    const sibling = await makeOrganization(h.services, { parent: district });
    const districtAdmin = await signedIn({ organization: district, role: 'administrator' });
    const leader = await signedIn({ organization: school, role: 'leader' });
    const siblingAdmin = await signedIn({ organization: sibling, role: 'administrator' });
    const body = { name: 'Sync', scope: 'read' };

    const { token, secret } = await createToken(districtAdmin.client, school, 'write');
    expect((await leader.client.get(`/api/organizations/${school.id}/api-tokens`)).status).toBe(403);
    expect((await leader.client.post(`/api/organizations/${school.id}/api-tokens`, body)).status).toBe(403);
    expect((await leader.client.post(`/api/api-tokens/${token.id}/revoke`)).status).toBe(403);
    expect((await siblingAdmin.client.get(`/api/organizations/${school.id}/api-tokens`)).status).toBe(404);
    expect((await siblingAdmin.client.post(`/api/api-tokens/${token.id}/revoke`)).status).toBe(404);

    const bot = h.client().withToken(secret);
    const minted = await bot.post(`/api/organizations/${school.id}/api-tokens`, body);
    expect(minted.status).toBe(403);
    expect(minted.body.error).toMatch(/API tokens cannot/);
    expect((await bot.get('/api/me')).status).toBe(403);
  });
});
