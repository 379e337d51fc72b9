import { join } from 'node:path';

export const tmpDir = join(import.meta.dirname, '../../.tmp');
