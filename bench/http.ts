// Talks to the benchmark server over real HTTP as the generated people, over at most one kept-alive connection
// per client: requests beyond that wait for a free connection, as a browser's would.
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import { ids } from './generate';

export type Session = { email: string; cookie: string; csrf: string };

/** The generated session of a person, as a browser would hold it. */
export function sessionOf(email: string): Session {
  return { email, cookie: `tl_session=${ids.sessionSecret(email)}`, csrf: ids.csrfToken(email) };
}

/** The uuid the generator derives from a label: md5 of the label, marked as a version 4 uuid. */
export function benchId(label: string): string {
  const md5 = createHash('md5').update(label).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const schoolId = (s: number) => benchId(`bench-school-${s}`);
export const districtId = (d: number) => benchId(`bench-district-${d}`);

/** Action ids of one school's plan, in plan order (1.1.1.1, 1.1.1.2, …). */
export function actionIdsOf(s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 2; j++)
      for (let m = 0; m < 3; m++)
        for (let a = 0; a < 4; a++) out.push(benchId(`bench-action-${s}-${i}-${j}-${m}-${a}`));
  return out;
}

export type Answer = { status: number; ms: number; body: unknown };

export class BenchClient {
  private readonly agent: Agent;

  constructor(
    private readonly base: URL,
    connections: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** Latency counts from `startedAt` (by default now); a failed connection answers status 0. */
  async request(
    session: Session,
    method: string,
    path: string,
    body?: unknown,
    startedAt = performance.now(),
  ): Promise<Answer> {
    const headers: Record<string, string> = { cookie: session.cookie };
    let payload: Buffer | undefined;
    if (body instanceof FormData) {
      // A Response encodes the form as a browser would and names its boundary.
      const encoded = new Response(body);
      headers['content-type'] = encoded.headers.get('content-type')!;
      payload = Buffer.from(await encoded.arrayBuffer());
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = Buffer.from(JSON.stringify(body));
    }
    if (payload) headers['content-length'] = String(payload.length);
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
    try {
      const { status, text } = await this.send(method, path, headers, payload);
      const ms = performance.now() - startedAt;
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: kept as text for the error report.
      }
      return { status, ms, body: parsed };
    } catch (error) {
      return { status: 0, ms: performance.now() - startedAt, body: String(error) };
    }
  }

  close() {
    this.agent.destroy();
  }

  private send(method: string, path: string, headers: Record<string, string>, payload?: Buffer) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(new URL(path, this.base), { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length / 2;
  return (sorted[Math.floor(middle - 0.5)] + sorted[Math.ceil(middle - 0.5)]) / 2;
}

/** Requests that did not answer as expected, counted with the first answer for the report. */
export class Failures {
  count = 0;
  first: string | null = null;

  check(answer: Answer, expected: number[], what: string) {
    if (expected.includes(answer.status)) return true;
    this.count++;
    this.first ??= `${what}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    return false;
  }
}
