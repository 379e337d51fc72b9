import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../../src/server/db/client';
import { adminQuery, withDatabase } from '../../support/global-setup';

const root = join(import.meta.dirname, '../../..');

export type RunningServer = { url: string; engine: Engine; stop(): Promise<void>; output(): string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Runs the real server as a child process, the way an operator would, on its own database: a temporary
 * PGlite data directory, or a new PostgreSQL database when DATABASE_URL is set. `demo` loads the demo network
 * at boot; without it the server starts empty, at first-run setup.
 */
export async function startServer({
  engine,
  demo = true,
}: {
  engine: Engine;
  demo?: boolean;
}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    THROUGHLINE_DEMO: demo ? '1' : '0',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    SMTP_URL: '',
    // Reminders depend on the day the suite runs; journeys must not.
    JOBS: 'off',
  };
  delete env.DATABASE_URL;

  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) throw new Error('The postgres engine needs DATABASE_URL.');
    const name = `throughline_e2e_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    env.DATABASE_URL = withDatabase(adminUrl, name);
    cleanup = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'throughline-e2e-'));
    env.THROUGHLINE_DATA_DIR = dataDir;
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    await cleanup();
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/health within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, engine, stop, output: () => output };
}
