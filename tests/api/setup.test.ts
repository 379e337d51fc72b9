import { describe, expect, it } from 'vitest';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';

describe.each(engines)('first-run setup on %s', (engine) => {
  const h = useHarness(engine);

  it('creates the top organization and its administrator once, then refuses to run again', async () => {
    const client = h.client();
    expect((await client.get('/api/setup')).body).toEqual({
      needsSetup: true,
      demo: false,
      demoAccounts: [],
    });

    const invalid = await client.post('/api/setup', {
      mode: 'create',
      administrator: { name: 'Ada Admin', email: 'not-an-email', password: 'short' },
      organization: { kind: 'school', name: 'A school' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'administrator.email',
      'administrator.password',
      'organization.kind',
    ]);
    expect((await client.get('/api/setup')).body.needsSetup).toBe(true);

    const created = await client.post('/api/setup', {
      mode: 'create',
      administrator: {
        name: 'Ada Admin',
        position: 'Network administrator',
        email: 'ada@example.test',
        password: 'a long enough password',
      },
      organization: { kind: 'district', name: 'Lakeview School District', cityCounty: 'Lake County' },
    });
    expect(created.status).toBe(201);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        organizationName: 'Lakeview School District',
        organizationKind: 'district',
        role: 'administrator',
      }),
    ]);
    expect((await client.get('/api/setup')).body.needsSetup).toBe(false);

    const again = await h.client().post('/api/setup', { mode: 'demo' });
    expect(again.status).toBe(409);
    expect((await h.client().login('ada@example.test', 'a long enough password')).status).toBe(200);
  });
});

describe.each(engines)('loading the demo on %s', (engine) => {
  const h = useHarness(engine);

  it('loads the demo network and lists its accounts for the sign-in page', async () => {
    const loaded = await h.client().post('/api/setup', { mode: 'demo' });
    expect(loaded.status).toBe(201);
    const status = (await h.client().get('/api/setup')).body;
    expect(status.demo).toBe(true);
    expect(status.demoAccounts).toContainEqual({
      email: 'principal@example.org',
      password: 'throughline-demo',
      role: 'leader',
      organization: 'Hudson Middle School',
    });
    const principal = h.client();
    expect((await principal.login('principal@example.org')).status).toBe(200);
    const hudson = await principal.get('/api/organizations?search=Hudson%20Middle');
    expect(hudson.body.items.map((o: { name: string }) => o.name)).toEqual(['Hudson Middle School']);
  });
});
