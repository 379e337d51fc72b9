import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { fieldRows, groupByTag, matches, type OpenApiDocument, typeLabel } from './openapi';

const t = i18n.t.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => string;

const doc: OpenApiDocument = {
  info: { title: 'API', version: '1' },
  paths: {
    '/api/networks/{id}': {
      get: { tags: ['Networks'], summary: 'One network' },
      patch: {
        tags: ['Networks'],
        summary: 'Edit a network',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['version'],
                properties: {
                  name: { type: 'string', maxLength: 200 },
                  description: { type: ['string', 'null'] },
                  memberIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
                  version: { $ref: '#/components/schemas/Version' },
                  owner: { type: 'object', properties: { id: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
    '/api/health': { get: { summary: 'Liveness' } },
  },
  components: { schemas: { Version: { type: 'integer', minimum: 1 } } },
};

describe('the OpenAPI reference helpers', () => {
  it('groups endpoints by their first tag, untagged ones apart', () => {
    const groups = groupByTag(doc, 'Other');
    expect(groups.map((g) => [g.tag, g.endpoints.map((e) => `${e.method} ${e.path}`)])).toEqual([
      ['Networks', ['get /api/networks/{id}', 'patch /api/networks/{id}']],
      ['Other', ['get /api/health']],
    ]);
  });

  it('filters by method, path, tag or summary', () => {
    const [networks] = groupByTag(doc, 'Other');
    expect(networks.endpoints.filter((e) => matches(e, networks.tag, 'PATCH')).map((e) => e.method)).toEqual([
      'patch',
    ]);
    expect(networks.endpoints.filter((e) => matches(e, networks.tag, 'networks'))).toHaveLength(2);
    expect(networks.endpoints.filter((e) => matches(e, networks.tag, 'liveness'))).toHaveLength(0);
  });

  it('describes types in words and lists body fields with nesting and limits', () => {
    expect(typeLabel(doc, { type: ['string', 'null'] }, t)).toBe('string or null');
    expect(typeLabel(doc, { type: 'string', enum: ['read', 'write'] }, t)).toBe('one of: read, write');
    const body = doc.paths['/api/networks/{id}'].patch?.requestBody?.content?.['application/json'].schema;
    expect(fieldRows(doc, body, t)).toEqual([
      { name: 'name', depth: 0, type: 'string', required: false, notes: ['at most 200 characters'] },
      { name: 'description', depth: 0, type: 'string or null', required: false, notes: [] },
      { name: 'memberIds', depth: 0, type: 'array of string (uuid)', required: false, notes: [] },
      { name: 'version', depth: 0, type: 'integer', required: true, notes: ['at least 1'] },
      { name: 'owner', depth: 0, type: 'object', required: false, notes: [] },
      { name: 'owner.id', depth: 1, type: 'string', required: false, notes: [] },
    ]);
  });
});
