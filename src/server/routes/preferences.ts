import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { preferences, setPreferencesInput } from '../../shared/schemas/preferences';
import { type PreferencesRow, setPreferences } from '../commands/preferences/set-preferences';
import type { Tx } from '../db/client';
import { personPreferences } from '../db/schema';
import { requirePerson, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Preferences'];
const router = createRouter();
const path = '/api/me/preferences';

async function loadPreferences(tx: Tx, personId: string, lock = false) {
  const query = tx.select().from(personPreferences).where(eq(personPreferences.personId, personId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

function presentPreferences(row: PreferencesRow | null) {
  return { dailyDigest: row?.dailyDigest ?? false, version: row?.version ?? null };
}

router.openapi(
  createRoute({
    method: 'get',
    path,
    tags,
    security,
    summary: 'Your notification settings (the defaults until you save them)',
    responses: { 200: json(preferences), ...errors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const row = await runRead(c, (tx) => loadPreferences(tx, actor.personId));
    return c.json(presentPreferences(row), 200);
  },
);

router.openapi(
  createRoute({
    method: 'put',
    path,
    tags,
    security,
    summary: 'Change your notification settings',
    request: body(setPreferencesInput),
    responses: { 200: json(preferences), ...writeErrors },
  }),
  async (c) => {
    const actor = requirePerson(c);
    const input = c.req.valid('json');
    const row = await runCommand(c, async (ctx) => {
      const current = await loadPreferences(ctx.tx, actor.personId, true);
      return setPreferences(ctx, { ...input, personId: actor.personId, current });
    });
    return c.json(presentPreferences(row), 200);
  },
);

export default router;
