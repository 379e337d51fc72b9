import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { currentMigration } from '../db/migrate';
import { createRouter } from '../http/router';
import { json } from './spec';

const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/health',
    tags: ['System'],
    summary: 'Liveness, database engine and migration version',
    responses: {
      200: json(
        z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']), migration: z.string() }),
      ),
    },
  }),
  async (c) => {
    const { database } = c.var.services;
    return c.json(
      { status: 'ok' as const, engine: database.engine, migration: await currentMigration(database) },
      200,
    );
  },
);

export default router;
