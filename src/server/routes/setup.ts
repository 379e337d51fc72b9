import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { setupInput, setupStatus } from '../../shared/schemas/auth';
import { createSession } from '../auth/session';
import { createFirstNetwork } from '../commands/setup/create-first-network';
import { demoOrganizations, demoPassword, demoPeople } from '../demo/network';
import { seedDemo } from '../demo/seed';
import { conflict } from '../http/errors';
import { runCommand } from '../http/handler';
import { createRouter } from '../http/router';
import { isDemo, needsSetup } from '../queries/setup';
import { body, json, writeErrors } from './spec';

const tags = ['System'];
const router = createRouter();

export const demoAccounts = demoPeople.map((p) => ({
  email: p.email,
  password: demoPassword,
  role: p.role,
  organization: demoOrganizations.find((o) => o.key === p.organization)!.name,
}));

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/setup',
    tags,
    summary: 'Whether this installation still needs its first network, and the demo accounts in demo mode',
    responses: { 200: json(setupStatus) },
  }),
  async (c) => {
    const { db } = c.var.services.database;
    const demo = await isDemo(db);
    return c.json({ needsSetup: await needsSetup(db), demo, demoAccounts: demo ? demoAccounts : [] }, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/setup',
    tags,
    summary: 'First run: create your own network and its administrator, or load the demo network',
    request: body(setupInput),
    responses: { 201: json(setupStatus, 'Set up'), ...writeErrors },
  }),
  async (c) => {
    const input = c.req.valid('json');
    await runCommand(c, async (ctx) => {
      // Serialize concurrent first-run requests; only the first one may set up.
      await ctx.tx.execute(sql`SELECT pg_advisory_xact_lock(7345002)`);
      if (!(await needsSetup(ctx.tx)))
        throw conflict('This installation is already set up. Sign in instead.');
      if (input.mode === 'demo') return seedDemo(ctx);
      const { person } = await createFirstNetwork(ctx, input);
      await createSession(c, ctx.tx, person.id);
    });
    const demo = input.mode === 'demo';
    return c.json({ needsSetup: false, demo, demoAccounts: demo ? demoAccounts : [] }, 201);
  },
);

export default router;
