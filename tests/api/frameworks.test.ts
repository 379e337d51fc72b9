import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworks } from '../../src/server/db/schema';
import { installShippedFrameworks, shippedFrameworksDir } from '../../src/server/frameworks/shipped';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { frameworkJsonSchema } from '../../src/shared/frameworks/json-schema';
import { validateFramework } from '../../src/shared/frameworks/validate';
import type { Role } from '../../src/shared/roles';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { brokenFramework, brokenFrameworkIssues, minimalFramework } from '../support/frameworks';
import { useHarness } from '../support/harness';

/** The shipped file of a key, as validated, or undefined while it is not there yet. */
function shippedFile(key: string) {
  const file = join(shippedFrameworksDir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${key}.json is invalid`);
  return result.framework;
}

/** Rated items per shipped framework (pm-turnaround rates each of its 46 indicators; four-domains counts its practices). */
const shippedCounts: Record<string, number | undefined> = {
  'lea-sustainability': 19,
  'pm-turnaround': 46,
  'four-domains-lea': 37,
  'conditions-for-success': 34,
  'four-domains': 12,
};
const presentKeys = Object.keys(shippedCounts).filter((key) => shippedFile(key));

describe.each(engines)('frameworks API on %s', (engine) => {
  const h = useHarness(engine);
  let state: OrganizationRow;
  let district: OrganizationRow;
  let sibling: OrganizationRow;
  let school: OrganizationRow;

  beforeAll(async () => {
    await installShippedFrameworks(h.services);
    state = await makeOrganization(h.services, { kind: 'state' });
    district = await makeOrganization(h.services, { kind: 'district', parent: state });
    sibling = await makeOrganization(h.services, { kind: 'district', parent: state });
    school = await makeOrganization(h.services, { kind: 'school', parent: district });
  });

  async function signIn(role: Role, organization: OrganizationRow) {
    const { person } = await makePerson(h.services, { role, organization });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return client;
  }

  const put = (client: Awaited<ReturnType<typeof signIn>>, path: string, body: unknown) =>
    client.request('PUT', path, body);

  async function frameworkRows() {
    const [row] = await h.services.database.db.select({ n: count() }).from(frameworks);
    return row.n;
  }

  async function shippedId(key: string) {
    const list = await (await signIn('viewer', school)).get('/api/frameworks');
    return list.body.items.find((f: any) => f.key === key && f.owner === null).id as string;
  }

  it('lists every shipped framework with its rated-item count, to anyone signed in', async () => {
    expect(presentKeys).toEqual(Object.keys(shippedCounts));
    const client = await signIn('viewer', school);
    const res = await client.get('/api/frameworks');
    expect(res.status).toBe(200);
    for (const key of presentKeys) {
      const file = shippedFile(key)!;
      const found = res.body.items.filter((f: any) => f.key === key);
      expect(found, key).toHaveLength(1);
      expect(found[0]).toEqual({
        id: expect.any(String),
        key,
        title: file.title,
        shortTitle: file.shortTitle ?? null,
        version: file.version,
        kind: file.kind,
        status: 'published',
        itemCount: shippedCounts[key],
        levelNames: file.levels.map((l) => l.name),
        owner: null,
        source: {
          document: file.source.document,
          license: file.source.license,
          attribution: file.source.attribution,
        },
        publishedAt: expect.any(String),
        availability: null,
        latest: true,
      });
    }
    expect((await h.client().get('/api/frameworks')).status).toBe(401);
  });

  it('installs shipped frameworks once: loading them again adds nothing', async () => {
    const before = await frameworkRows();
    const outcomes = await installShippedFrameworks(h.services);
    expect(outcomes.map((o) => o.outcome)).toEqual(outcomes.map(() => 'present'));
    expect(await frameworkRows()).toBe(before);
  });

  it('returns one framework with its whole tree, as in the file', async () => {
    const key = presentKeys.includes('four-domains-lea') ? 'four-domains-lea' : presentKeys[0];
    const id = await shippedId(key);
    const client = await signIn('viewer', school);
    const res = await client.get(`/api/frameworks/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, key, status: 'published', owner: null, revision: 1, latest: true });
    expect(res.body.definition).toEqual(JSON.parse(JSON.stringify(shippedFile(key))));
    expect(res.body.abilities).toEqual({ edit: false, publish: false, clone: false });
    const admin = await signIn('administrator', district);
    expect((await admin.get(`/api/frameworks/${id}`)).body.abilities).toEqual({
      edit: false,
      publish: false,
      clone: true,
    });
    expect((await client.get('/api/frameworks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('publishes the JSON Schema of the file format', async () => {
    const res = await h.client().get('/api/frameworks/schema.json');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(frameworkJsonSchema());
    expect(res.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('refuses a broken file with every problem and its path, and writes nothing', async () => {
    const admin = await signIn('administrator', district);
    const before = await frameworkRows();
    const res = await admin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: brokenFramework(),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/problems/);
    const paths = res.body.issues.map((i: any) => i.path);
    for (const { path, problem } of brokenFrameworkIssues)
      expect(paths, problem).toContain(`definition.${path}`);
    expect(paths).toHaveLength(brokenFrameworkIssues.length);
    expect(res.body.issues.every((i: any) => i.message.length > 0)).toBe(true);
    expect(await frameworkRows()).toBe(before);
  });

  it('imports a draft, edits it with revisions, publishes it, and then never changes it', async () => {
    const admin = await signIn('administrator', district);
    const imported = await admin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('district-walkthrough'),
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      key: 'district-walkthrough',
      version: 1,
      status: 'draft',
      itemCount: 3,
      levelNames: ['Low', 'Middle', 'High'],
      owner: { id: district.id, name: district.name },
      publishedAt: null,
      latest: false,
      revision: 1,
      abilities: { edit: true, publish: true, clone: true },
    });
    const id = imported.body.id;

    const edited = minimalFramework('district-walkthrough');
    edited.title = 'Classroom walkthrough';
    edited.sections[1].items.push({ ...edited.sections[1].items[0], key: 'two.b', code: '2b' });
    const saved = await put(admin, `/api/frameworks/${id}`, { definition: edited, revision: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Classroom walkthrough', itemCount: 4, revision: 2 });

    const stale = await put(admin, `/api/frameworks/${id}`, { definition: edited, revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed by someone else/);
    expect((await admin.post(`/api/frameworks/${id}/publish`, { revision: 1 })).status).toBe(409);

    const invalid = await put(admin, `/api/frameworks/${id}`, {
      definition: { ...edited, levels: [] },
      revision: 2,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: any) => i.path)).toContain('definition.levels');

    const published = await admin.post(`/api/frameworks/${id}/publish`, { revision: 2 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      publishedAt: expect.any(String),
      latest: true,
      abilities: { edit: false, publish: false },
    });

    const frozen = await put(admin, `/api/frameworks/${id}`, { definition: edited, revision: 3 });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error).toMatch(/published and can no longer change/);
    expect((await admin.post(`/api/frameworks/${id}/publish`, { revision: 3 })).status).toBe(409);
    expect((await admin.get(`/api/frameworks/${id}`)).body.title).toBe('Classroom walkthrough');

    const audit = await admin.get(`/api/organizations/${district.id}/audit?entityType=framework`);
    const actions = audit.body.items.filter((e: any) => e.entityId === id).map((e: any) => e.action);
    expect(actions.sort()).toEqual(['import', 'publish', 'update']);

    // A later version of the key: the same number again is refused, and versions are published in sequence.
    const again = await admin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('district-walkthrough'),
    });
    expect(again.status).toBe(400);
    expect(again.body.issues).toEqual([
      { path: 'definition.version', message: expect.stringMatching(/next free version is 2/) },
    ]);
    const skipped = await admin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('district-walkthrough', 3),
    });
    expect(skipped.status).toBe(201);
    const out = await admin.post(`/api/frameworks/${skipped.body.id}/publish`, { revision: 1 });
    expect(out.status).toBe(400);
    expect(out.body.issues[0]).toMatchObject({
      path: 'version',
      message: expect.stringMatching(/must be 2/),
    });
  });

  it('refuses authoring to anyone but the owner’s administrators', async () => {
    const leader = await signIn('leader', district);
    const res = await leader.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('leader-try'),
    });
    expect(res.status).toBe(403);
    const stateAdmin = await signIn('administrator', state);
    const below = await stateAdmin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('state-try'),
    });
    expect(below.status).toBe(403);
  });

  it('clones a shipped framework into a district as a draft under a new key', async () => {
    const key = presentKeys.includes('lea-sustainability') ? 'lea-sustainability' : presentKeys[0];
    const id = await shippedId(key);
    const admin = await signIn('administrator', district);
    const sameKey = await admin.post(`/api/frameworks/${id}/clone`, { organizationId: district.id });
    expect(sameKey.status).toBe(400);
    expect(sameKey.body.issues[0].path).toBe('key');

    const clone = await admin.post(`/api/frameworks/${id}/clone`, {
      organizationId: district.id,
      key: `district-${key}`,
      title: 'Our adaptation',
    });
    expect(clone.status).toBe(201);
    const source = shippedFile(key)!;
    expect(clone.body).toMatchObject({
      key: `district-${key}`,
      version: 1,
      status: 'draft',
      title: 'Our adaptation',
      owner: { id: district.id },
      itemCount: shippedCounts[key],
      revision: 1,
    });
    expect(clone.body.definition.sections).toEqual(JSON.parse(JSON.stringify(source.sections)));
    expect(clone.body.definition.source).toEqual(source.source);

    expect(
      (await admin.post(`/api/frameworks/${id}/clone`, { organizationId: sibling.id, key: 'x-1' })).status,
    ).toBe(404);
    const leader = await signIn('leader', district);
    expect(
      (await leader.post(`/api/frameworks/${id}/clone`, { organizationId: district.id, key: 'x-2' })).status,
    ).toBe(403);
    const shippedEdit = await put(admin, `/api/frameworks/${id}`, { definition: source, revision: 1 });
    expect(shippedEdit.status).toBe(403);
    expect(shippedEdit.body.error).toMatch(/never change/);
  });

  it('keeps a district’s draft invisible to a sibling district', async () => {
    const admin = await signIn('administrator', district);
    const draft = await admin.post(`/api/organizations/${district.id}/frameworks`, {
      definition: minimalFramework('private-draft'),
    });
    expect(draft.status).toBe(201);
    const other = await signIn('administrator', sibling);
    expect((await other.get(`/api/frameworks/${draft.body.id}`)).status).toBe(404);
    expect((await other.get('/api/frameworks')).body.items.map((f: any) => f.id)).not.toContain(
      draft.body.id,
    );
    const put404 = await put(other, `/api/frameworks/${draft.body.id}`, {
      definition: minimalFramework('private-draft'),
      revision: 1,
    });
    expect(put404.status).toBe(404);
    expect(
      (
        await other.post(`/api/frameworks/${draft.body.id}/clone`, {
          organizationId: sibling.id,
          key: 'stolen',
        })
      ).status,
    ).toBe(404);
    // A draft is its owner's own data: those above the district see it, those below do not.
    const schoolLeader = await signIn('leader', school);
    expect((await schoolLeader.get(`/api/frameworks/${draft.body.id}`)).status).toBe(404);
    const stateViewer = await signIn('viewer', state);
    expect((await stateViewer.get(`/api/frameworks/${draft.body.id}`)).status).toBe(200);
  });

  it('lets a state require and offer frameworks, which the schools below see in the list', async () => {
    const keys = ['four-domains-lea', 'lea-sustainability'].filter((k) => presentKeys.includes(k));
    expect(keys.length).toBeGreaterThan(0);
    const [required, available] = keys;
    const stateAdmin = await signIn('administrator', state);
    const set = await put(stateAdmin, `/api/organizations/${state.id}/framework-availability`, {
      items: [
        { frameworkKey: required, status: 'required' },
        ...(available ? [{ frameworkKey: available, status: 'available' }] : []),
      ],
    });
    expect(set.status).toBe(200);
    const setBy = { id: state.id, name: state.name };
    expect(set.body.items).toEqual(
      [
        { frameworkKey: required, status: 'required', setBy },
        ...(available ? [{ frameworkKey: available, status: 'available', setBy }] : []),
      ].sort((a, b) => a.frameworkKey.localeCompare(b.frameworkKey)),
    );

    // A district cannot waive what the state requires.
    const districtAdmin = await signIn('administrator', district);
    const districtSet = await put(districtAdmin, `/api/organizations/${district.id}/framework-availability`, {
      items: [{ frameworkKey: required, status: 'available' }],
    });
    expect(districtSet.status).toBe(200);
    expect(districtSet.body.items).toHaveLength(set.body.items.length + 1);

    const teacher = await signIn('viewer', school);
    const list = await teacher.get(`/api/frameworks?organizationId=${school.id}`);
    expect(list.status).toBe(200);
    const availability = (key: string) => list.body.items.find((f: any) => f.key === key).availability;
    expect(availability(required)).toBe('required');
    if (available) expect(availability(available)).toBe('available');
    const others = list.body.items.filter((f: any) => !keys.includes(f.key));
    expect(others.every((f: any) => f.availability === null)).toBe(true);
    expect((await teacher.get('/api/frameworks')).body.items.every((f: any) => f.availability === null)).toBe(
      true,
    );

    const chain = await teacher.get(`/api/organizations/${school.id}/framework-availability`);
    expect(chain.status).toBe(200);
    expect(chain.body.items.map((i: any) => i.setBy.id)).toEqual([
      ...set.body.items.map(() => state.id),
      district.id,
    ]);

    const audit = await stateAdmin.get(
      `/api/organizations/${state.id}/audit?entityType=framework_availability`,
    );
    expect(audit.body.items[0]).toMatchObject({ action: 'update', after: { items: expect.any(Array) } });
  });

  it('refuses availability from outside the organization and for frameworks it cannot use', async () => {
    const schoolAdmin = await signIn('administrator', school);
    const up = await put(schoolAdmin, `/api/organizations/${state.id}/framework-availability`, { items: [] });
    expect([403, 404]).toContain(up.status);
    const own = await put(schoolAdmin, `/api/organizations/${school.id}/framework-availability`, {
      items: [],
    });
    expect(own.status).toBe(400);
    expect((await schoolAdmin.get(`/api/organizations/${sibling.id}/framework-availability`)).status).toBe(
      404,
    );

    // A sibling's framework, drafts, and unknown keys cannot be chosen; each problem is named.
    const siblingAdmin = await signIn('administrator', sibling);
    await siblingAdmin.post(`/api/organizations/${sibling.id}/frameworks`, {
      definition: minimalFramework('sibling-own'),
    });
    const districtAdmin = await signIn('administrator', district);
    const bad = await put(districtAdmin, `/api/organizations/${district.id}/framework-availability`, {
      items: [
        { frameworkKey: 'sibling-own', status: 'available' },
        { frameworkKey: 'no-such-framework', status: 'required' },
        { frameworkKey: presentKeys[0], status: 'available' },
        { frameworkKey: presentKeys[0], status: 'required' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: any) => i.path)).toEqual([
      'items.0.frameworkKey',
      'items.1.frameworkKey',
      'items.3.frameworkKey',
    ]);
  });

  it('serves the coaching questions for each improvement-cycle step', async () => {
    const client = await signIn('viewer', school);
    const res = await client.get('/api/coaching-questions');
    if (!existsSync(join(shippedFrameworksDir, 'coaching-questions.json'))) {
      expect(res.status).toBe(404);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.body.steps.map((s: any) => s.step)).toEqual([
      'set-direction',
      'assess-needs',
      'create-plan',
      'implement',
      'monitor-adjust',
      'tell-story',
    ]);
    expect(res.body.steps.every((s: any) => s.questions.length > 0)).toBe(true);
    expect((await h.client().get('/api/coaching-questions')).status).toBe(401);
  });
});
