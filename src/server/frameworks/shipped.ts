import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateFramework } from '../../shared/frameworks/validate';
import type { FrameworkFile } from '../../shared/schemas/framework-format';
import { installShippedFramework, type ShippedOutcome } from '../commands/frameworks/install-shipped';
import { runInSystemTransaction } from '../commands/system';
import type { Services } from '../http/env';

export const shippedFrameworksDir = join(import.meta.dirname, '../../../frameworks');

/** Data files that live beside the frameworks but are not framework files. */
const otherFiles = new Set(['coaching-questions.json']);

export type ShippedFramework = { file: string; framework: FrameworkFile };

/**
 * Reads and validates every framework file in the directory. One bad file stops everything, with each
 * problem's file and path, because serving half the shipped frameworks would be worse than not starting.
 */
export function readShippedFrameworks(dir = shippedFrameworksDir): ShippedFramework[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !otherFiles.has(f))
    .sort();
  const problems: string[] = [];
  const shipped: ShippedFramework[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = validateFramework(input);
    if (!result.ok) {
      for (const issue of result.issues)
        problems.push(`${file}: ${issue.path || '(file)'}: ${issue.message}`);
      continue;
    }
    const id = `${result.framework.key}@${result.framework.version}`;
    const earlier = seen.get(id);
    if (earlier) problems.push(`${file}: version ${id} is also in ${earlier}`);
    seen.set(id, file);
    shipped.push({ file, framework: result.framework });
  }
  if (problems.length > 0) {
    throw new Error(`Shipped framework files are invalid:\n  ${problems.join('\n  ')}`);
  }
  return shipped;
}

/** Installs the shipped frameworks that are not in the database yet, in one transaction with audit events. */
export async function installShippedFrameworks(services: Services, dir = shippedFrameworksDir) {
  const shipped = readShippedFrameworks(dir);
  const outcomes = await runInSystemTransaction(services, async (ctx) => {
    const out: (ShippedFramework & { outcome: ShippedOutcome })[] = [];
    for (const item of shipped) out.push({ ...item, outcome: await installShippedFramework(ctx, item) });
    return out;
  });
  for (const { file, framework, outcome } of outcomes) {
    const at = { file, key: framework.key, version: framework.version };
    if (outcome === 'changed') {
      services.logger.warn(
        at,
        'shipped framework file differs from the published version stored; keeping the stored one (give a changed file the next version number)',
      );
    } else if (outcome === 'key-taken') {
      services.logger.warn(
        at,
        'shipped framework key is already used by an organization’s framework; not installed',
      );
    }
  }
  const installed = outcomes.filter((o) => o.outcome === 'installed');
  if (installed.length > 0) {
    services.logger.info(
      { frameworks: installed.map((o) => `${o.framework.key}@${o.framework.version}`) },
      'shipped frameworks installed',
    );
  }
  return outcomes.map(({ file, framework, outcome }) => ({
    file,
    key: framework.key,
    version: framework.version,
    outcome,
  }));
}
