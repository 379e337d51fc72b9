// Writes docs/framework.schema.json from the framework format: `npx tsx scripts/write-framework-schema.ts`.
// The file is then formatted like every other file in the repository, so regenerating it changes nothing.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkJsonSchema } from '../src/shared/frameworks/json-schema';

const target = join(import.meta.dirname, '../docs/framework.schema.json');
writeFileSync(target, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
spawnSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
console.log(`wrote ${target}`);
