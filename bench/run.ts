// npm run bench [-- --quick] [-- --json] [-- --rate=200] [-- --profile=DIR]
// Generates a state-scale network (200 districts, 2,000 schools, a 96-action plan each, 12 monthly reports per
// action: about 2.3 million status records) on PGlite in a temporary data directory, or on PostgreSQL in a
// database created and dropped for the run when DATABASE_URL is set; serves the real app on a local port and
// measures over HTTP. --quick runs a 10% network; --json prints one JSON object as the last line; --profile
// writes the server process's CPU profile (.cpuprofile, for Chrome's DevTools) to DIR when it stops.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { Generated } from './generate';
import { BenchClient } from './http';
import { importDistrictFile } from './measure-import';
import { quarterFigures, quarterOf } from './measure-reads';
import { clients, closedLoop, paced, warmUp } from './measure-status';
import type { FromServer, ToServer } from './protocol';
import { printTable, type Results, summaryJson } from './report';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const json = argv.includes('--json');
const rateArgument = argv.find((a) => a.startsWith('--rate='))?.slice('--rate='.length);
const profileDir = argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const progress = (message: string) => process.stderr.write(`${message}\n`);

type Server = { child: ChildProcess; port: number; generated: Generated; engine: string };

function startServer(): Promise<Server> {
  const child = fork(join(import.meta.dirname, 'server.ts'), quick ? ['--quick'] : [], {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type === 'ready') {
        child.off('message', onMessage);
        resolve({ child, ...message });
      } else if (message.type === 'failed')
        reject(new Error(`The benchmark server failed:\n${message.message}`));
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`The benchmark server exited (${code}) before serving.`)));
  });
}

/** The server process's CPU time so far: on a shared machine, what a request costs whatever the queueing. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: FromServer) => {
      if (message.type !== 'cpu') return;
      child.off('message', onMessage);
      resolve(message.ms);
    };
    child.on('message', onMessage);
    child.send({ type: 'cpu' } satisfies ToServer);
  });
}

function stopServer(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.send({ type: 'stop' } satisfies ToServer);
  });
}

progress(
  `Generating the ${quick ? '10% (quick)' : 'state-scale'} network on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}…`,
);
const server = await startServer();
const { generated } = server;
progress(`Generated in ${(generated.totalMs / 1000).toFixed(1)} s; measuring over HTTP…`);
const http = new BenchClient(new URL(`http://127.0.0.1:${server.port}`), clients);
const period = generated.months.next;
// PGlite is one connection in the server's own thread: it is paced slower than PostgreSQL.
const targetRate = server.engine === 'postgres' ? 200 : 50;
const perClient = quick ? 20 : 40;
const seconds = quick ? 5 : 10;

/** Runs a measurement and adds the server's CPU time per request it made. */
async function withCpu<T extends { requests: number }>(work: () => Promise<T>) {
  const before = await serverCpu(server.child);
  const result = await work();
  const cpuMs = ((await serverCpu(server.child)) - before) / Math.max(1, result.requests);
  return { ...result, cpuMs };
}

try {
  // Each measurement uses its own schools: runs never report the same action twice.
  const warm = await warmUp(http, period, 101);
  const latency = (r: { p50: number; p99: number; throughput: number; cpuMs: number }) =>
    `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.throughput.toFixed(0)}/s, server CPU ${r.cpuMs.toFixed(1)} ms a request`;
  progress('Status submits, one client…');
  const single = await withCpu(() => closedLoop(http, period, 111, quick ? 60 : 90, 1));
  progress(`  ${latency(single)}; closed loop, 50 clients…`);
  const closed = await withCpu(() => closedLoop(http, period, 1, perClient));
  // A rate beyond what the machine serves measures only a growing queue: unless told, pace at the target rate
  // or half the closed loop's throughput, whichever is lower, and say so.
  const rate = rateArgument
    ? Number(rateArgument)
    : Math.max(1, Math.min(targetRate, Math.floor(closed.throughput / 2)));
  progress(`  ${latency(closed)}; paced at ${rate}/s…`);
  const steady = await withCpu(() => paced(http, period, 51, rate, seconds));
  progress(`  ${latency(steady)}; quarter figures…`);
  const quarter = quarterOf(generated.months.reported.at(-1)!);
  await quarterFigures(http, quarter, 151, 1);
  const figures = await withCpu(() => quarterFigures(http, quarter, 121, 30));
  progress(`  median ${figures.median.toFixed(1)} ms; observation import…`);
  const imported = await withCpu(() =>
    importDistrictFile(http, generated.size, generated.months.planStartYear, 100_000),
  );
  const results: Results = {
    engine: server.engine,
    quick,
    generated,
    warmUpFailures: warm,
    single,
    closed,
    paced: { ...steady, rate, targetRate, chosen: rateArgument !== undefined, seconds },
    quarter,
    figures,
    imported,
  };
  printTable(results);
  if (json) console.log(JSON.stringify(summaryJson(results)));
} finally {
  http.close();
  await stopServer(server.child);
}
