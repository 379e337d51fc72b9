// Times the operations a state-sized network leans on: 40 districts × 30 schools (1,200 schools).
// Runs on PGlite, and on PostgreSQL too when DATABASE_URL is set (in a database it creates and drops).
// Usage: npm run bench
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import pino from 'pino';
import type { Actor } from '../src/server/auth/actor';
import { hashPassword, verifyPassword } from '../src/server/auth/password';
import { createOrganization } from '../src/server/commands/organizations/create';
import { runInSystemTransaction } from '../src/server/commands/system';
import { loadConfig } from '../src/server/config';
import { type Database, type Engine, openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createMailer } from '../src/server/mail/mailer';
import {
  listOrganizations,
  type OrganizationRow,
  organizationContext,
} from '../src/server/queries/organizations';
import { limits } from '../src/shared/limits';

const districts = 40;
const schoolsPerDistrict = 30;
const runs = 20;

type Row = { engine: Engine | '-'; operation: string; median: number; min: number; max: number };

async function time(operation: () => Promise<unknown>) {
  await operation(); // warm-up: plan caches and first-use costs are not what a busy server pays
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const middle = samples.length / 2;
  const median = (samples[Math.floor(middle - 0.5)] + samples[Math.ceil(middle - 0.5)]) / 2;
  return { median, min: samples[0], max: samples.at(-1)! };
}

/** The state, its districts and their schools, created through the same command the API uses. */
async function seedState(database: Database) {
  const config = loadConfig({});
  const logger = pino({ level: 'silent' });
  const services = { database, config, logger, mailer: createMailer({ from: config.mailFrom, logger }) };
  return runInSystemTransaction(services, async (ctx) => {
    const state = await createOrganization(ctx, {
      kind: 'state',
      name: 'Bench State Department of Education',
      parent: null,
    });
    let firstDistrict: OrganizationRow | undefined;
    for (let d = 1; d <= districts; d++) {
      const district = await createOrganization(ctx, {
        kind: 'district',
        name: `District ${d}`,
        cityCounty: `County ${d}`,
        parent: state,
      });
      firstDistrict ??= district;
      for (let s = 1; s <= schoolsPerDistrict; s++) {
        await createOrganization(ctx, {
          kind: 'school',
          name: `School ${d}-${s} ${s % 3 === 0 ? 'High' : s % 3 === 1 ? 'Middle' : 'Elementary'}`,
          parent: district,
        });
      }
    }
    return { state, district: firstDistrict! };
  });
}

async function measure(engine: Engine, database: Database): Promise<Row[]> {
  await migrate(database);
  const seeding = performance.now();
  const { state, district } = await seedState(database);
  const seeded = performance.now() - seeding;
  const actor: Actor = {
    kind: 'person',
    personId: randomUUID(),
    sessionId: null,
    csrfToken: null,
    grants: [{ organizationId: state.id, path: state.path, role: 'administrator' }],
  };
  const page = (query: { search?: string; parentId?: string }) =>
    database.db.transaction(async (tx) => {
      const rows = await listOrganizations(tx, actor, {
        ...query,
        includeArchived: false,
        limit: limits.pageSizeDefault,
      });
      return organizationContext(tx, rows);
    });
  return [
    {
      engine,
      operation: `seed ${districts * (schoolsPerDistrict + 1) + 1} organizations`,
      ...single(seeded),
    },
    {
      engine,
      operation: 'search by name (state administrator)',
      ...(await time(() => page({ search: 'middle' }))),
    },
    { engine, operation: 'children of one district', ...(await time(() => page({ parentId: district.id }))) },
  ];
}

function single(ms: number) {
  return { median: ms, min: ms, max: ms };
}

async function onPglite() {
  const database = await openDatabase({ dataDir: '', pglite: await PGlite.create() });
  try {
    return await measure('pglite', database);
  } finally {
    await database.close();
  }
}

async function onPostgres(url: string) {
  const name = `throughline_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ dataDir: '', databaseUrl: target.toString() });
  try {
    return await measure('postgres', database);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

const rows: Row[] = [...(await onPglite())];
if (process.env.DATABASE_URL) rows.push(...(await onPostgres(process.env.DATABASE_URL)));
const stored = await hashPassword('bench-password');
rows.push({
  engine: '-',
  operation: 'sign-in password check (scrypt)',
  ...(await time(() => verifyPassword('bench-password', stored))),
});

const format = (ms: number) => ms.toFixed(1).padStart(9);
console.log(`\nMedian of ${runs} runs after one warm-up, in milliseconds (seeding is one run).\n`);
console.log(
  `${'engine'.padEnd(9)}${'operation'.padEnd(40)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}`,
);
for (const row of rows) {
  console.log(
    `${row.engine.padEnd(9)}${row.operation.padEnd(40)}${format(row.median)}${format(row.min)}${format(row.max)}`,
  );
}
