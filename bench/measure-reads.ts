// One school's quarterly implementation figures through GET /api/organizations/{id}/implementation, each
// request for a different school, read by that school's team member.
import { ids } from './generate';
import { type BenchClient, Failures, median, schoolId, sessionOf } from './http';

export type ReadResult = { requests: number; median: number; min: number; max: number; failures: Failures };

/** The quarter (default calendar: quarters start in August, November, February and May) holding `month`. */
export function quarterOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const schoolYear = m >= 8 ? year : year - 1;
  const offset = (m - 8 + 12) % 12;
  return `${schoolYear}-Q${Math.floor(offset / 3) + 1}`;
}

/** Reads each school's figures once; with `count` 1 it serves as the warm-up of the route and its statements. */
export async function quarterFigures(
  http: BenchClient,
  quarter: string,
  firstSchool: number,
  count: number,
): Promise<ReadResult> {
  const failures = new Failures();
  const read = async (s: number) => {
    const answer = await http.request(
      sessionOf(ids.schoolEmail(s)),
      'GET',
      `/api/organizations/${schoolId(s)}/implementation?period=${quarter}`,
    );
    failures.check(answer, [200], 'quarter figures');
    return answer.ms;
  };
  const samples: number[] = [];
  for (let s = firstSchool; s < firstSchool + count; s++) samples.push(await read(s));
  return {
    requests: samples.length,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    failures,
  };
}
