// A district's benchmark file through POST /api/organizations/{id}/observation-imports, timed from sending the
// file to the committed answer: its schools × metrics × quarters × grade and student-group breakdowns.
import { ids, importGrades, importGroups, type NetworkSize } from './generate';
import { type BenchClient, districtId, Failures, sessionOf } from './http';

export type ImportResult = { requests: number; rows: number; bytes: number; ms: number; failures: Failures };

/** '' (all students), each grade, and each grade by student group: 1 + 7 + 7 × 6 = 50 breakdowns. */
export const breakdowns = [
  '',
  ...importGrades,
  ...importGrades.flatMap((grade) => importGroups.filter(Boolean).map((group) => `${grade}, ${group}`)),
];

/** Rows: schools of the district × metrics × the four quarters of `schoolYear` × breakdowns. */
export function districtFile(size: NetworkSize, district: number, schoolYear: number, rows: number) {
  const lines = ['school_code,metric,period,grade,value'];
  const firstSchool = (district - 1) * size.schoolsPerDistrict + 1;
  outer: for (let s = firstSchool; s < firstSchool + size.schoolsPerDistrict; s++)
    for (let m = 1; m <= size.metrics; m++)
      for (let q = 1; q <= 4; q++)
        for (const [b, breakdown] of breakdowns.entries()) {
          if (lines.length > rows) break outer;
          const value = ((s * 13 + m * 7 + q * 5 + b * 3) % 900) / 10 + 5;
          lines.push(
            `${ids.schoolCode(s)},${ids.metricCode(m)},${schoolYear}-Q${q},"${breakdown}",${value.toFixed(1)}`,
          );
        }
  return { csv: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

export async function importDistrictFile(
  http: BenchClient,
  size: NetworkSize,
  schoolYear: number,
  rows: number,
): Promise<ImportResult> {
  const failures = new Failures();
  const district = 1;
  const file = districtFile(size, district, schoolYear, rows);
  const form = new FormData();
  form.set('file', new Blob([file.csv], { type: 'text/csv' }), `district-${district}-benchmarks.csv`);
  form.set(
    'mapping',
    JSON.stringify({
      organization: 'school_code',
      metric: 'metric',
      period: 'period',
      breakdown: 'grade',
      value: 'value',
    }),
  );
  const answer = await http.request(
    sessionOf(ids.districtEmail(district)),
    'POST',
    `/api/organizations/${districtId(district)}/observation-imports`,
    form,
  );
  failures.check(answer, [201], 'observation import');
  const created = (answer.body as { created?: number } | null)?.created;
  if (answer.status === 201 && created !== file.rows)
    failures.check({ ...answer, status: 0 }, [201], `import created ${created} of ${file.rows} rows`);
  return { requests: 1, rows: file.rows, bytes: file.csv.length, ms: answer.ms, failures };
}
