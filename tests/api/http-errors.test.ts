import { describe, expect, it } from 'vitest';
import { engines } from '../support/database';
import { makePerson } from '../support/factories';
import { useHarness } from '../support/harness';

describe.each(engines)('HTTP error contract on %s', (engine) => {
  const h = useHarness(engine);

  it('answers health with the engine and migration version', async () => {
    const res = await h.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', engine });
    expect(res.body.migration).toMatch(/^\d{4}_/);
  });

  it('returns JSON errors for every failure class', async () => {
    const { person, organization } = await makePerson(h.services, { role: 'leader' });
    const client = h.client();

    const unauthenticated = await client.get(`/api/organizations/${organization.id}`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body).toEqual({ error: expect.any(String), issues: [] });

    await client.login(person.email);
    const malformed = await client.request('PATCH', `/api/organizations/${organization.id}`, '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues[0].path).toBe('body');

    const wrongType = await client.request('PATCH', `/api/organizations/${organization.id}`, 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error).toMatch(/application\/json/);

    const huge = await client.patch(`/api/organizations/${organization.id}`, {
      name: 'x'.repeat(2 * 1024 * 1024),
      version: 1,
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatch(/larger than/);

    const badId = await client.get('/api/organizations/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.issues).toEqual([{ path: 'id', message: 'Must be an id.' }]);

    const unknown = await client.get('/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/No such API endpoint/);
  });
});
