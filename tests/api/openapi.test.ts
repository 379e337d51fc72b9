import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';

describe.each(engines)('OpenAPI document on %s', (engine) => {
  const h = useHarness(engine);

  it('is served as a valid OpenAPI 3.1 document covering the API', async () => {
    const res = await h.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/me',
        '/api/organizations',
        '/api/organizations/{id}',
      ]),
    );
  });
});
