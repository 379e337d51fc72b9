import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkJsonSchema } from './json-schema';

describe('published framework JSON Schema', () => {
  it('docs/framework.schema.json is what the format generates (run scripts/write-framework-schema.ts)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../docs/framework.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(frameworkJsonSchema());
  });

  it('describes nested sections through a definition that refers to itself', () => {
    const schema = frameworkJsonSchema() as { $defs?: Record<string, unknown> };
    expect(JSON.stringify(schema.$defs)).toContain('"sections"');
  });
});
