import { z } from 'zod';
import { frameworkFile } from '../schemas/framework-format';

/**
 * The published JSON Schema of the framework file format, generated from the zod schema so the two cannot
 * disagree. `io: 'input'` describes what a file may contain (defaults make fields optional). The
 * cross-checks of `validateFramework` (unique keys, a descriptor per level) are beyond JSON Schema.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(frameworkFile, { target: 'draft-2020-12', io: 'input' });
}
