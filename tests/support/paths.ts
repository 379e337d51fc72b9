import { join } from 'node:path';

export const tmpDir = join(import.meta.dirname, '../../.tmp');
export const pgliteTemplatePath = join(tmpDir, 'pglite-template.tar.gz');
export const postgresTemplateName = 'throughline_test_template';
