// The benchmark's table and its one-line JSON summary.
import type { Generated } from './generate';
import type { Failures } from './http';
import type { ImportResult } from './measure-import';
import type { ReadResult } from './measure-reads';
import type { LatencyResult } from './measure-status';

/** Each measurement with the server process's CPU time per request (with PGlite, the database's work too). */
type Costed<T> = T & { cpuMs: number };

export type Results = {
  engine: string;
  quick: boolean;
  generated: Generated;
  warmUpFailures: Failures;
  single: Costed<LatencyResult>;
  closed: Costed<LatencyResult>;
  paced: Costed<LatencyResult> & { rate: number; targetRate: number; chosen: boolean; seconds: number };
  quarter: string;
  figures: Costed<ReadResult>;
  imported: Costed<ImportResult>;
};

/** The issue's targets on PostgreSQL; PGlite may take twice as long. */
const targets = { statusP99: 25, quarterFigures: 20, import: 15_000 };

function targetsFor(engine: string) {
  const factor = engine === 'postgres' ? 1 : 2;
  return {
    statusP99: targets.statusP99 * factor,
    quarterFigures: targets.quarterFigures * factor,
    import: targets.import * factor,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const count = (value: number) => value.toLocaleString('en-US');
const verdict = (value: number, limit: number | null, failures: Failures) => {
  if (failures.count > 0) return 'FAILED REQUESTS';
  if (limit === null) return '';
  return value <= limit ? 'met' : 'MISSED';
};

type Row = [measure: string, result: string, cpu: string, target: string, verdict: string];

function table(rows: Row[]) {
  const header: Row = ['measure', 'result', 'server CPU/request', 'target', 'verdict'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row: Row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function pacedNote(r: Results) {
  if (r.paced.chosen || r.paced.rate >= r.paced.targetRate) return null;
  return `* Paced at half the closed loop's rate: ${r.paced.targetRate}/s is more than this machine serves (choose with --rate=N).`;
}

export function printTable(r: Results) {
  const t = targetsFor(r.engine);
  const g = r.generated;
  const lines: string[] = [
    '',
    `Throughline benchmark on ${r.engine}${r.quick ? ' (quick: 10% network)' : ''}: ${count(g.size.districts)} districts, ` +
      `${count(g.schools)} schools, ${count(g.actions)} actions, ${count(g.statusReports)} status records ` +
      `(${g.months.reported[0]} to ${g.months.reported.at(-1)}); new reports are for ${g.months.next}.`,
    `Generated with set-based SQL after migrations in ${(g.totalMs / 1000).toFixed(1)} s:`,
  ];
  for (const step of g.steps)
    lines.push(
      `  ${step.step.padEnd(32)}${`${(step.ms / 1000).toFixed(1)} s`.padStart(9)}${count(step.rows).padStart(12)} rows`,
    );
  lines.push('');
  const latency = (x: LatencyResult) => `p50 ${ms(x.p50)} · p99 ${ms(x.p99)} · ${x.throughput.toFixed(0)}/s`;
  lines.push(
    ...table([
      [
        `Status submit, one client, ${count(r.single.requests)} requests in a row`,
        latency(r.single),
        ms(r.single.cpuMs),
        '',
        verdict(0, null, r.single.failures),
      ],
      [
        `Status submit, closed loop: 50 clients, ${count(r.closed.requests)} requests`,
        latency(r.closed),
        ms(r.closed.cpuMs),
        `p99 ≤ ${t.statusP99} ms`,
        verdict(r.closed.p99, t.statusP99, r.closed.failures),
      ],
      [
        `Status submit, paced: 50 clients, ${r.paced.rate}/s for ${r.paced.seconds} s${pacedNote(r) ? '*' : ''} [JSON]`,
        latency(r.paced),
        ms(r.paced.cpuMs),
        `p99 ≤ ${t.statusP99} ms`,
        verdict(r.paced.p99, t.statusP99, r.paced.failures),
      ],
      [
        `Quarter figures of one school (${r.quarter}), median of ${r.figures.requests} [JSON]`,
        `${ms(r.figures.median)} (min ${ms(r.figures.min)}, max ${ms(r.figures.max)})`,
        ms(r.figures.cpuMs),
        `≤ ${t.quarterFigures} ms`,
        verdict(r.figures.median, t.quarterFigures, r.figures.failures),
      ],
      [
        `Import: a district's ${count(r.imported.rows)} observation rows, ${(r.imported.bytes / 1e6).toFixed(1)} MB CSV [JSON]`,
        `${(r.imported.ms / 1000).toFixed(2)} s`,
        `${(r.imported.cpuMs / 1000).toFixed(2)} s`,
        `≤ ${t.import / 1000} s`,
        verdict(r.imported.ms, t.import, r.imported.failures),
      ],
    ]),
  );
  const note = pacedNote(r);
  if (note) lines.push(note);
  lines.push(
    '',
    'Latency is measured end to end over HTTP (keep-alive, at most one connection per client) from a separate',
    'process. The closed loop sends each client’s next request as soon as its last one is answered, so its',
    'latency includes the wait behind the other 49 clients; the paced run sends on a fixed schedule and counts',
    'from the scheduled time. The JSON’s statusSubmitP50/P99 are the paced run’s (rows marked [JSON]).',
    `Targets on ${r.engine}: ${r.engine === 'postgres' ? 'the issue’s' : 'twice the issue’s PostgreSQL targets'}. ` +
      'Server CPU is the server process’s own (on PostgreSQL, without the database server’s);',
    'on a busy machine latency grows with the wait for a core, CPU time does not.',
  );
  for (const [what, failures] of [
    ['warm-up', r.warmUpFailures],
    ['one client', r.single.failures],
    ['closed loop', r.closed.failures],
    ['paced', r.paced.failures],
    ['quarter figures', r.figures.failures],
    ['import', r.imported.failures],
  ] as const) {
    if (failures.count) lines.push(`${what}: ${failures.count} failed; first: ${failures.first}`);
  }
  console.log(lines.join('\n'));
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summaryJson(r: Results) {
  return {
    engine: r.engine,
    statusSubmitP50: round(r.paced.p50),
    statusSubmitP99: round(r.paced.p99),
    statusSubmitMode: `paced ${r.paced.rate}/s, 50 clients`,
    statusSubmitPacedRate: r.paced.rate,
    statusSubmitClosedLoopP50: round(r.closed.p50),
    statusSubmitClosedLoopP99: round(r.closed.p99),
    statusSubmitClosedLoopThroughput: round(r.closed.throughput),
    statusSubmitOneClientP50: round(r.single.p50),
    statusSubmitServerCpu: round(r.single.cpuMs),
    schoolQuarterFigures: round(r.figures.median),
    schoolQuarterFiguresServerCpu: round(r.figures.cpuMs),
    import100kRows: round(r.imported.ms),
    importRows: r.imported.rows,
    generationMs: round(r.generated.totalMs),
    statusRecords: r.generated.statusReports,
    quick: r.quick,
    failedRequests:
      r.warmUpFailures.count +
      r.single.failures.count +
      r.closed.failures.count +
      r.paced.failures.count +
      r.figures.failures.count +
      r.imported.failures.count,
  };
}
