import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { importFramework } from '../../src/server/commands/frameworks/import';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { auditEvents, frameworks } from '../../src/server/db/schema';
import { installShippedFrameworks } from '../../src/server/frameworks/shipped';
import { engines } from '../support/database';
import { makeOrganization } from '../support/factories';
import { brokenFramework, minimalFramework } from '../support/frameworks';
import { useHarness } from '../support/harness';
import { tmpDir } from '../support/paths';

describe.each(engines)('shipped framework loader on %s', (engine) => {
  const h = useHarness(engine);
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A frameworks directory holding the given files, named by key unless a name is given. */
  function directory(files: Record<string, unknown>) {
    const dir = join(tmpDir, `shipped-${randomUUID()}`);
    mkdirSync(dir, { recursive: true });
    dirs.push(dir);
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(dir, name), JSON.stringify(content));
    return dir;
  }

  const rowsOf = (keys: string[]) =>
    h.services.database.db.select().from(frameworks).where(inArray(frameworks.key, keys));

  it('installs each file as a published, owner-less version with an audit event, once', async () => {
    const dir = directory({
      'ship-a.json': minimalFramework('ship-a'),
      'ship-b.json': minimalFramework('ship-b'),
      'coaching-questions.json': { not: 'a framework' },
    });
    const first = await installShippedFrameworks(h.services, dir);
    expect(first.map((o) => [o.key, o.outcome])).toEqual([
      ['ship-a', 'installed'],
      ['ship-b', 'installed'],
    ]);
    const rows = await rowsOf(['ship-a', 'ship-b']);
    expect(rows.map((r) => [r.key, r.version, r.status, r.ownerId, r.itemCount])).toEqual(
      expect.arrayContaining([
        ['ship-a', 1, 'published', null, 3],
        ['ship-b', 1, 'published', null, 3],
      ]),
    );
    expect(rows.every((r) => r.publishedAt instanceof Date)).toBe(true);
    const audit = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, rows[0].id));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'install', organizationId: null, actorPersonId: null }),
    ]);

    const second = await installShippedFrameworks(h.services, dir);
    expect(second.map((o) => o.outcome)).toEqual(['present', 'present']);
    expect(await rowsOf(['ship-a', 'ship-b'])).toHaveLength(2);
  });

  it('keeps the stored version when a file changes without a new version, and installs a bumped one', async () => {
    await installShippedFrameworks(h.services, directory({ 'ship-c.json': minimalFramework('ship-c') }));
    const changed = { ...minimalFramework('ship-c'), title: 'Quietly changed' };
    const outcome = await installShippedFrameworks(h.services, directory({ 'ship-c.json': changed }));
    expect(outcome[0].outcome).toBe('changed');
    expect((await rowsOf(['ship-c'])).map((r) => r.title)).toEqual(['Rubric ship-c']);

    const bumped = { ...changed, version: 2 };
    const next = await installShippedFrameworks(h.services, directory({ 'ship-c.json': bumped }));
    expect(next[0].outcome).toBe('installed');
    expect((await rowsOf(['ship-c'])).map((r) => [r.version, r.title]).sort()).toEqual([
      [1, 'Rubric ship-c'],
      [2, 'Quietly changed'],
    ]);
  });

  it('refuses to load anything when one file is invalid, naming the file and each problem’s path', async () => {
    const dir = directory({
      'ship-d.json': minimalFramework('ship-d'),
      'broken.json': brokenFramework(),
    });
    writeFileSync(join(dir, 'garbled.json'), '{ not json');
    const attempt = installShippedFrameworks(h.services, dir);
    await expect(attempt).rejects.toThrow(/broken\.json: sections\.0\.items\.1\.key: /);
    await expect(installShippedFrameworks(h.services, dir)).rejects.toThrow(/garbled\.json: not valid JSON/);
    await expect(installShippedFrameworks(h.services, dir)).rejects.toThrow(/broken\.json: title: /);
    expect(await rowsOf(['ship-d'])).toEqual([]);
  });

  it('leaves alone a key that an organization already uses', async () => {
    const owner = await makeOrganization(h.services, { kind: 'district' });
    await runInSystemTransaction(h.services, (ctx) =>
      importFramework(ctx, { owner, definition: minimalFramework('ship-e') }),
    );
    const outcome = await installShippedFrameworks(
      h.services,
      directory({ 'ship-e.json': minimalFramework('ship-e', 2) }),
    );
    expect(outcome[0].outcome).toBe('key-taken');
    expect((await rowsOf(['ship-e'])).map((r) => [r.version, r.ownerId])).toEqual([[1, owner.id]]);
  });

  it('treats a missing directory as no shipped frameworks', async () => {
    expect(await installShippedFrameworks(h.services, join(tmpDir, `absent-${randomUUID()}`))).toEqual([]);
  });
});
