// Monthly status submits through POST /api/actions/{id}/status by 50 clients, each a different school's team
// member with their own session, for the new month (a report no action has yet).
import type { StatusInput } from '../src/shared/schemas/monitoring';
import { actionsPerPlan, ids } from './generate';
import { actionIdsOf, type BenchClient, Failures, percentile, sessionOf } from './http';

export const clients = 50;

export type LatencyResult = {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers per second over the run. */
  throughput: number;
  failures: Failures;
};

/** A month's report as a team fills it in; about one in ten slips and says why and what changes. */
function reportFor(period: string, n: number): StatusInput {
  if (n % 10 === 7)
    return {
      period,
      status: 'at_risk',
      percentComplete: 40,
      cause: 'Two planning sessions were lost to testing days.',
      adjustment: 'Add a session in common planning time next month.',
      budgetUsed: 250,
    };
  return {
    period,
    status: 'on_track',
    percentComplete: 50 + (n % 40),
    outputsDone: n % 3 === 0 ? 'Agendas and attendance for the month.' : undefined,
    comment: n % 4 === 0 ? 'Going as planned.' : undefined,
    budgetUsed: n % 2 === 0 ? 120 : undefined,
  };
}

type Work = { school: number; action: string; n: number };

/** The actions a school's client reports, `offset` onwards, so runs never report the same action twice. */
function workOf(school: number, count: number, offset: number): Work[] {
  return actionIdsOf(school)
    .slice(offset, offset + count)
    .map((action, k) => ({ school, action, n: school * 100 + offset + k }));
}

function summarize(latencies: number[], elapsedMs: number, failures: Failures): LatencyResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    throughput: (latencies.length / elapsedMs) * 1000,
    failures,
  };
}

async function submit(http: BenchClient, period: string, work: Work, failures: Failures, startedAt?: number) {
  const session = sessionOf(ids.schoolEmail(work.school));
  const answer = await http.request(
    session,
    'POST',
    `/api/actions/${work.action}/status`,
    reportFor(period, work.n),
    startedAt,
  );
  failures.check(answer, [201], 'status submit');
  return answer.ms;
}

/** Warms connections, caches and the JIT: 200 submits from schools the runs do not use. */
export async function warmUp(http: BenchClient, period: string, firstSchool: number) {
  const failures = new Failures();
  for (let c = 0; c < 10; c++)
    for (const work of workOf(firstSchool + c, 20, 0)) await submit(http, period, work, failures);
  return failures;
}

/**
 * Closed loop: every client sends its next request as soon as the previous answers, so on a small machine the
 * latency includes the wait behind the other 49 clients' requests.
 */
export async function closedLoop(
  http: BenchClient,
  period: string,
  firstSchool: number,
  perClient: number,
  count = clients,
): Promise<LatencyResult> {
  const failures = new Failures();
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, c) => {
      for (const work of workOf(firstSchool + c, perClient, 0))
        latencies.push(await submit(http, period, work, failures));
    }),
  );
  return summarize(latencies, performance.now() - started, failures);
}

/**
 * Paced: the 50 clients together send `rate` requests a second on a fixed schedule, whatever the answers
 * do; latency counts from the scheduled time, so a server falling behind shows in the numbers.
 */
export async function paced(
  http: BenchClient,
  period: string,
  firstSchool: number,
  rate: number,
  seconds: number,
): Promise<LatencyResult> {
  const failures = new Failures();
  // Each client reports each of its school's actions once, which bounds the run's length.
  const total = Math.min(Math.round(rate * seconds), clients * actionsPerPlan);
  const perClient = Math.ceil(total / clients);
  const queues = Array.from({ length: clients }, (_, c) => workOf(firstSchool + c, perClient, 0));
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const work = queues[i % clients][Math.floor(i / clients)];
    pending.push(submit(http, period, work, failures, due).then((ms) => void latencies.push(ms)));
  }
  await Promise.all(pending);
  return summarize(latencies, performance.now() - started, failures);
}
