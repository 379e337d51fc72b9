import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { frameworks } from '../../src/server/db/schema';
import type { Services } from '../../src/server/http/env';
import { ratedItems, validateFramework } from '../../src/shared/frameworks/validate';

export type FrameworkRow = typeof frameworks.$inferSelect;

const frameworksDir = join(import.meta.dirname, '../../frameworks');

export function frameworkFile(key: string): unknown {
  return JSON.parse(readFileSync(join(frameworksDir, `${key}.json`), 'utf8'));
}

/**
 * Inserts a published framework straight from a file (by key, from frameworks/) or an inline definition, as the
 * shipped loader would; inserting the same key and version again returns the row already there.
 */
export async function makePublishedFramework(
  services: Services,
  source: string | Record<string, unknown>,
  options: { ownerId?: string | null } = {},
): Promise<FrameworkRow> {
  const checked = validateFramework(typeof source === 'string' ? frameworkFile(source) : source);
  if (!checked.ok) throw new Error(`Invalid framework: ${JSON.stringify(checked.issues.slice(0, 5))}`);
  const definition = checked.framework;
  const { db } = services.database;
  const existing = await db.query.frameworks.findFirst({
    where: and(eq(frameworks.key, definition.key), eq(frameworks.version, definition.version)),
  });
  if (existing) return existing;
  const [row] = await db
    .insert(frameworks)
    .values({
      key: definition.key,
      version: definition.version,
      title: definition.title,
      kind: definition.kind,
      status: 'published',
      ownerId: options.ownerId ?? null,
      definition,
      itemCount: ratedItems(definition).length,
      publishedAt: new Date(),
    })
    .returning();
  return row;
}

let tinyCount = 0;

/**
 * A two-section rubric with a four-level scale, small enough to rate by hand in a test: section "lead" (items
 * l1, l2, with reflection prompts) and section "team" (items t1, t2).
 */
export function tinyRubric(overrides: Record<string, unknown> = {}) {
  const levels = ['low', 'basic', 'moderate', 'high'];
  const descriptors = Object.fromEntries(levels.map((l) => [l, [{ text: `Descriptor at ${l}.` }]]));
  const item = (key: string, title: string) => ({ key, code: key.toUpperCase(), title, descriptors });
  return {
    formatVersion: 1,
    key: `tiny-${++tinyCount}-${Date.now()}`,
    version: 1,
    title: 'Tiny district rubric',
    shortTitle: 'Tiny rubric',
    source: {
      document: 'Tiny district rubric',
      license: 'CC BY 4.0',
      attribution: 'Tiny district rubric, written for tests (CC BY 4.0).',
    },
    levels: [
      { key: 'low', name: 'Consistently Low', value: 1 },
      { key: 'basic', name: 'Basic', value: 2 },
      { key: 'moderate', name: 'Moderate', value: 3 },
      { key: 'high', name: 'Consistently High', value: 4 },
    ],
    sections: [
      {
        key: 'lead',
        code: '1',
        title: 'Leadership',
        reflectionPrompts: ['Strengths in leadership', 'Weaknesses in leadership'],
        items: [item('l1', 'Communicates urgency'), item('l2', 'Monitors goals')],
      },
      {
        key: 'team',
        code: '2',
        title: 'Talent',
        items: [item('t1', 'Recruits and retains'), item('t2', 'Targets professional learning')],
      },
    ],
    ...overrides,
  };
}
