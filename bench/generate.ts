// Generates a state-scale network with set-based SQL after migrations: the same tables the app uses,
// summary tables included, with ids and values derived from row numbers so every run builds the same data.
import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../src/server/db/client';

export type NetworkSize = {
  districts: number;
  schoolsPerDistrict: number;
  /** Metrics of the state catalogue, used by the imported district file. */
  metrics: number;
};

/** The shape of every plan: 4 priorities × 2 strategies × 3 milestones × 4 actions = 96 actions. */
export const planShape = { priorities: 4, strategies: 2, milestones: 3, actions: 4 } as const;
export const actionsPerPlan =
  planShape.priorities * planShape.strategies * planShape.milestones * planShape.actions;
export const reportedMonths = 12;

export const fullNetwork: NetworkSize = { districts: 200, schoolsPerDistrict: 10, metrics: 50 };
export const quickNetwork: NetworkSize = { districts: 20, schoolsPerDistrict: 10, metrics: 50 };

export type Months = {
  /** The twelve reported months, oldest first (YYYY-MM). */
  reported: string[];
  /** The month the benchmark's new reports are for: the current month. */
  next: string;
  /** First school year of every plan (school years start in August, as the default calendar has it). */
  planStartYear: number;
};

export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function schoolYearOf(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return m >= 8 ? year : year - 1;
}

/** The twelve months before `today`'s month are reported; the benchmark reports `today`'s month. */
export function monthsFor(today: Date): Months {
  const next = today.toISOString().slice(0, 7);
  const reported = Array.from({ length: reportedMonths }, (_, k) => addMonths(next, k - reportedMonths));
  return { reported, next, planStartYear: schoolYearOf(reported[0]) };
}

/** Where the generated people and organizations are found, by row number. */
export const ids = {
  stateEmail: 'bench.state@example.org',
  districtEmail: (d: number) => `bench.district.${d}@example.org`,
  schoolEmail: (s: number) => `bench.school.${s}@example.org`,
  districtCode: (d: number) => `D${String(d).padStart(4, '0')}`,
  schoolCode: (s: number) => `S${String(s).padStart(5, '0')}`,
  metricCode: (m: number) => `BENCH-M${String(m).padStart(2, '0')}`,
  /** Session cookie values; the database stores their SHA-256 as the app does. */
  sessionSecret: (email: string) => `bench-session-${email}`,
  csrfToken: (email: string) => `bench-csrf-${email}`,
};

/** The grades and student groups of a benchmark file; '' is all students. */
export const importGrades = ['Grade 3', 'Grade 4', 'Grade 5', 'Grade 6', 'Grade 7', 'Grade 8', 'Grade 10'];
export const importGroups = [
  '',
  'English learners',
  'Students with disabilities',
  'Economically disadvantaged',
  'Black',
  'Hispanic',
  'White',
];

export type GenerationStep = { step: string; ms: number; rows: number };

export type Generated = {
  size: NetworkSize;
  months: Months;
  schools: number;
  actions: number;
  statusReports: number;
  steps: GenerationStep[];
  totalMs: number;
};

const practiceCodes = ['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c'];

export async function generateNetwork(
  database: Database,
  size: NetworkSize,
  months: Months,
): Promise<Generated> {
  const steps: GenerationStep[] = [];
  const started = performance.now();
  const execute = async (statement: string) => {
    const result = (await database.db.execute(sql.raw(statement))) as {
      rowCount?: number;
      affectedRows?: number;
    };
    return Number(result.rowCount ?? result.affectedRows ?? 0);
  };
  const timed = async (step: string, work: () => Promise<number>) => {
    const at = performance.now();
    const rows = await work();
    steps.push({ step, ms: performance.now() - at, rows });
  };
  const run = (step: string, statement: string) => timed(step, () => execute(statement));
  await execute(
    `CREATE FUNCTION bench_id(label text) RETURNS uuid IMMUTABLE LANGUAGE sql
       AS $$ SELECT overlay(overlay(md5(label) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
  const schools = size.districts * size.schoolsPerDistrict;
  const spd = size.schoolsPerDistrict;
  const first = `${months.reported[0]}-01`;
  const y = months.planStartYear;
  const codes = `ARRAY[${practiceCodes.map((c) => `'${c}'`).join(',')}]`;
  // Row-number ids: the md5 of a label, marked as a version 4 uuid (as the API's id check requires).
  const state = `bench_id('bench-state')`;
  const district = (d: string) => `bench_id('bench-district-' || ${d})`;
  const school = (s: string) => `bench_id('bench-school-' || ${s})`;
  const districtOf = (s: string) => `((${s} - 1) / ${spd} + 1)`;
  const person = (email: string) => `bench_id('bench-person-' || ${email})`;
  const schoolEmail = (s: string) => `'bench.school.' || ${s} || '@example.org'`;
  const districtEmail = (d: string) => `'bench.district.' || ${d} || '@example.org'`;
  const plan = (s: string) => `bench_id('bench-plan-' || ${s})`;
  const priority = (s: string, i: string) => `bench_id('bench-priority-' || ${s} || '-' || ${i})`;
  const strategy = (s: string, i: string, j: string) =>
    `bench_id('bench-strategy-' || ${s} || '-' || ${i} || '-' || ${j})`;
  const milestone = (s: string, i: string, j: string, m: string) =>
    `bench_id('bench-milestone-' || ${s} || '-' || ${i} || '-' || ${j} || '-' || ${m})`;
  const action = (s: string, i: string, j: string, m: string, a: string) =>
    `bench_id('bench-action-' || ${s} || '-' || ${i} || '-' || ${j} || '-' || ${m} || '-' || ${a})`;
  // The action's number across the network, for deterministic variety in statuses and dates.
  const n = `((((((s - 1) * 4 + i) * 2 + j) * 3 + m) * 4) + a)`;
  const plans = `generate_series(1, ${schools}) s`;
  const shape = (levels: string[]) =>
    [
      plans,
      ...levels.map(
        (level) =>
          `generate_series(0, ${
            {
              i: planShape.priorities,
              j: planShape.strategies,
              m: planShape.milestones,
              a: planShape.actions,
            }[level]! - 1
          }) ${level}`,
      ),
    ].join(', ');

  await run(
    'organizations',
    `INSERT INTO organizations (id, parent_id, path, kind, name, code, city_county)
     SELECT ${state}, NULL, ${state}::text || '/', 'state', 'Bench State Department of Education', 'BENCH', 'Capital City'
     UNION ALL
     SELECT ${district('d')}, ${state}, ${state}::text || '/' || ${district('d')}::text || '/', 'district',
            'District ' || d, 'D' || lpad(d::text, 4, '0'), 'County ' || d
       FROM generate_series(1, ${size.districts}) d
     UNION ALL
     SELECT ${school('s')}, ${district(districtOf('s'))},
            ${state}::text || '/' || ${district(districtOf('s'))}::text || '/' || ${school('s')}::text || '/', 'school',
            'School ' || ${districtOf('s')} || '-' || ((s - 1) % ${spd} + 1) || ' ' ||
              (ARRAY['Elementary', 'Middle', 'High'])[s % 3 + 1],
            'S' || lpad(s::text, 5, '0'), 'County ' || ${districtOf('s')}
       FROM generate_series(1, ${schools}) s`,
  );
  await run(
    'people and roles',
    `WITH people_rows AS (
       SELECT 'bench.state@example.org' AS email, 'State Administrator' AS name, ${state} AS organization_id,
              'administrator' AS role
       UNION ALL
       SELECT ${districtEmail('d')}, 'District Leader ' || d, ${district('d')}, 'leader'
         FROM generate_series(1, ${size.districts}) d
       UNION ALL
       SELECT ${schoolEmail('s')}, 'School Team Member ' || s, ${school('s')}, 'team_member'
         FROM generate_series(1, ${schools}) s
     ), inserted AS (
       INSERT INTO people (id, email, name, position)
       SELECT ${person('email')}, email, name, 'Bench' FROM people_rows
     ), granted AS (
       INSERT INTO memberships (person_id, organization_id, role)
       SELECT ${person('email')}, organization_id, role FROM people_rows
     )
     INSERT INTO sessions (id, person_id, csrf_token, expires_at, user_agent)
     SELECT encode(sha256(convert_to('bench-session-' || email, 'UTF8')), 'hex'), ${person('email')},
            'bench-csrf-' || email, now() + interval '2 days', 'bench'
       FROM people_rows`,
  );
  await run(
    'plans',
    `INSERT INTO plans (id, organization_id, title, start_year, years, status, signed_at, practice_codes)
     SELECT ${plan('s')}, ${school('s')}, 'School Improvement Plan ' || s, ${y}, 3, 'signed',
            make_date(${y}, 8, 20)::timestamptz,
            (SELECT jsonb_agg(DISTINCT (${codes})[((s * 8 + k) % 12) + 1]) FROM generate_series(0, 7) k)
       FROM ${plans}`,
  );
  await run(
    'plan directions and goals',
    `WITH directions AS (
       INSERT INTO plan_directions (plan_id, vision, mission)
       SELECT ${plan('s')}, 'Every student of school ' || s || ' leaves ready for what comes next.',
              'We teach every student to grow every year.'
         FROM ${plans}
     )
     INSERT INTO plan_goals (id, plan_id, position, statement, explanation)
     SELECT bench_id('bench-goal-' || s), ${plan('s')}, 0, 'Each student will meet growth targets each year.',
            'Growth shows whether each student learns a year''s worth or more.'
       FROM ${plans}`,
  );
  await run(
    'priorities',
    `INSERT INTO plan_priorities (id, plan_id, position, title, description)
     SELECT ${priority('s', 'i')}, ${plan('s')}, i, 'Priority area ' || (i + 1), 'Why this area matters.'
       FROM ${shape(['i'])}`,
  );
  await run(
    'strategies',
    `INSERT INTO plan_strategies (id, plan_id, priority_id, position, title, toa_if, toa_then, toa_and,
                                  practice_codes, goal_ids)
     SELECT ${strategy('s', 'i', 'j')}, ${plan('s')}, ${priority('s', 'i')}, j,
            'Strategy ' || (i + 1) || '.' || (j + 1), 'put a practice in place', 'adults will act on it',
            'students will grow', jsonb_build_array((${codes})[((s * 8 + i * 2 + j) % 12) + 1]),
            jsonb_build_array(bench_id('bench-goal-' || s))
       FROM ${shape(['i', 'j'])}`,
  );
  await timed('milestones', () =>
    bulkLoad(database, 'plan_milestones', () =>
      execute(`INSERT INTO plan_milestones (id, plan_id, strategy_id, position, title, due_date, responsible_team)
     SELECT ${milestone('s', 'i', 'j', 'm')}, ${plan('s')}, ${strategy('s', 'i', 'j')}, m,
            'Milestone ' || (i + 1) || '.' || (j + 1) || '.' || (m + 1), make_date(${y} + 1 + m, 6, 15),
            (ARRAY['Leadership team', 'Mathematics team', 'Literacy team'])[(i + j) % 3 + 1]
       FROM ${shape(['i', 'j', 'm'])}`),
    ),
  );
  // Every action has started by the first reported month; about one in ten ends before the new month.
  const actionEnd = `CASE WHEN x.n % 10 = 3 THEN ('${first}'::date + interval '11 months' - interval '1 day')::date
                          ELSE make_date(${y} + 2 + m / 2, 5, 28) END`;
  await timed('actions', () =>
    bulkLoad(database, 'plan_actions', () =>
      execute(`INSERT INTO plan_actions (id, plan_id, milestone_id, position, description, outputs, start_date, end_date,
                               budget_amount, funding_source, responsible_person_id)
     SELECT ${action('s', 'i', 'j', 'm', 'a')}, ${plan('s')}, ${milestone('s', 'i', 'j', 'm')}, a,
            'Action ' || (i + 1) || '.' || (j + 1) || '.' || (m + 1) || '.' || (a + 1),
            'Agendas, materials and attendance.', '${first}'::date + a * 5,
            ${actionEnd.replaceAll('x.n', n)},
            (${n} % 20) * 500, 'Title I, Part A', ${person(schoolEmail('s'))}
       FROM ${shape(['i', 'j', 'm', 'a'])}`),
    ),
  );
  // One month's status of every action, from its number: the reports, the latest-status rows and the monthly
  // counts all read this, so the summary tables agree with the reports by construction.
  const statuses = (months: string) =>
    `${shape(['i', 'j', 'm', 'a'])}, ${months} k, LATERAL (SELECT ${n} AS n) x,
     LATERAL (SELECT CASE
       WHEN k = ${reportedMonths - 1} AND x.n % 10 = 0 THEN 'completed'
       WHEN (x.n * 7 + k * 13) % 50 = 0 THEN 'behind'
       WHEN (x.n * 7 + k * 13) % 50 IN (1, 2) THEN 'at_risk'
       WHEN k = 0 AND x.n % 9 = 0 THEN 'not_started'
       ELSE 'on_track' END AS status,
       CASE WHEN x.n % 3 = 0 THEN NULL ELSE ((x.n % 5) * 100 + k * 10)::numeric END AS budget) st`;
  const percent = `CASE st.status WHEN 'completed' THEN 100 WHEN 'not_started' THEN 0
                   ELSE least(95, (k + 1) * (5 + x.n % 4)) END`;
  const period = `to_char('${first}'::date + make_interval(months => k), 'YYYY-MM')`;
  const reportedAt = `('${first}'::date + make_interval(months => k + 1, days => 2))::timestamptz`;
  await timed('status reports', () =>
    bulkLoad(database, 'action_status_reports', () =>
      execute(
        `INSERT INTO action_status_reports (id, action_id, plan_id, organization_id, period, status, percent_complete,
                                            outputs_done, comment, cause, adjustment, resources_used, budget_used,
                                            reported_by_id, reported_at)
         SELECT bench_id('bench-report-' || x.n || '-' || k), ${action('s', 'i', 'j', 'm', 'a')}, ${plan('s')},
                ${school('s')}, ${period}, st.status, ${percent},
                CASE WHEN k % 3 = 2 THEN 'Outputs of month ' || (k + 1) END,
                CASE WHEN x.n % 4 = 0 THEN 'Going as planned.' END,
                CASE WHEN st.status IN ('at_risk', 'behind') THEN 'Substitute coverage fell through.' END,
                CASE WHEN st.status IN ('at_risk', 'behind') THEN 'Move the sessions to common planning time.' END,
                CASE WHEN k % 4 = 1 THEN 'Coach time' END, st.budget, ${person(schoolEmail('s'))}, ${reportedAt}
           FROM ${statuses(`generate_series(0, ${reportedMonths - 1})`)}`,
      ),
    ),
  );
  await timed('latest status per action', () =>
    bulkLoad(database, 'action_status_latest', () =>
      execute(`INSERT INTO action_status_latest (action_id, plan_id, organization_id, district_id, organization_path,
                                       strategy_id, milestone_id, practice_codes, period, status, percent_complete,
                                       end_date, reported_at)
     SELECT ${action('s', 'i', 'j', 'm', 'a')}, ${plan('s')}, ${school('s')}, ${district(districtOf('s'))},
            ${state}::text || '/' || ${district(districtOf('s'))}::text || '/' || ${school('s')}::text || '/',
            ${strategy('s', 'i', 'j')}, ${milestone('s', 'i', 'j', 'm')},
            jsonb_build_array((${codes})[((s * 8 + i * 2 + j) % 12) + 1]), ${period}, st.status, ${percent},
            ${actionEnd}, ${reportedAt}
       FROM ${statuses(`generate_series(${reportedMonths - 1}, ${reportedMonths - 1})`)}`),
    ),
  );
  await timed('organization and month counts', () =>
    bulkLoad(database, 'organization_period_status', () =>
      execute(`INSERT INTO organization_period_status (organization_id, period, organization_path, district_id, reported,
                                             not_started, on_track, at_risk, behind, completed, cancelled, budget_used)
     SELECT ${school('s')}, ${period},
            ${state}::text || '/' || ${district(districtOf('s'))}::text || '/' || ${school('s')}::text || '/',
            ${district(districtOf('s'))}, count(*),
            count(*) FILTER (WHERE st.status = 'not_started'), count(*) FILTER (WHERE st.status = 'on_track'),
            count(*) FILTER (WHERE st.status = 'at_risk'), count(*) FILTER (WHERE st.status = 'behind'),
            count(*) FILTER (WHERE st.status = 'completed'), count(*) FILTER (WHERE st.status = 'cancelled'),
            coalesce(sum(st.budget), 0)
       FROM ${statuses(`generate_series(0, ${reportedMonths - 1})`)}
      GROUP BY s, k`),
    ),
  );
  await run(
    'metric catalogue',
    `INSERT INTO metrics (id, organization_id, code, name, kind, unit, better, data_source)
     SELECT bench_id('bench-metric-' || k), ${state}, 'BENCH-M' || lpad(k::text, 2, '0'),
            CASE k WHEN 1 THEN 'Reading benchmark proficiency (%)' WHEN 2 THEN 'Math benchmark proficiency (%)'
                   ELSE 'Benchmark indicator ' || k || ' (%)' END,
            CASE WHEN k % 2 = 0 THEN 'leading' ELSE 'lagging' END, 'percent', 'higher', 'State benchmark assessments'
       FROM generate_series(1, ${size.metrics}) k`,
  );
  // Last school year's reading and math benchmarks by grade for every school, so imports land in a full table.
  await timed('observations', () =>
    bulkLoad(database, 'observations', () =>
      execute(`INSERT INTO observations (metric_id, organization_id, period, breakdown, value, source)
     SELECT bench_id('bench-metric-' || k), ${school('s')}, '${y - 1}-Q' || q, g.grade,
            20 + (s * 7 + k * 11 + q * 3 + g.n * 5) % 60, 'import'
       FROM ${plans}, generate_series(1, 2) k, generate_series(1, 4) q,
            (SELECT n, grade FROM unnest(ARRAY['', 'Grade 3', 'Grade 4', 'Grade 5', 'Grade 6', 'Grade 7', 'Grade 8']::text[])
                    WITH ORDINALITY AS t(grade, n)) g`),
    ),
  );
  await execute('DROP FUNCTION bench_id(text)');
  // A database straight after a bulk load still owes work (hint bits, the visibility map, dirty buffers) that
  // would land on the first requests measured; a live one has long since done it.
  await run('vacuum and planner statistics', 'VACUUM (ANALYZE)');
  if (database.engine === 'postgres') await run('checkpoint', 'CHECKPOINT');
  const totalMs = performance.now() - started;
  const [{ count }] = rowsOf<{ count: number }>(
    await database.db.execute(sql`SELECT count(*)::int AS count FROM action_status_reports`),
  );
  return {
    size,
    months,
    schools,
    actions: schools * actionsPerPlan,
    statusReports: count,
    steps,
    totalMs,
  };
}

/**
 * Loads a large table without its indexes and constraints, then rebuilds them from their own definitions:
 * one sort per index and one join per foreign key instead of millions of single-row index insertions and
 * key checks. A table other tables refer to keeps its primary and unique keys.
 */
async function bulkLoad(database: Database, table: string, load: () => Promise<number>) {
  const { db } = database;
  const query = async <T>(text: string) => rowsOf<T>(await db.execute(sql.raw(text)));
  const [{ referenced }] = await query<{ referenced: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = '${table}'::regclass) AS referenced`,
  );
  const all = await query<{ name: string; type: string; def: string }>(
    `SELECT conname AS name, contype AS type, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = '${table}'::regclass AND contype IN ('p', 'u', 'f') ORDER BY contype = 'f' DESC`,
  );
  const constraints = all.filter((c) => c.type === 'f' || !referenced);
  const indexes = (
    await query<{ name: string; def: string; unique: boolean }>(
      `SELECT indexname AS name, indexdef AS def, indexdef LIKE 'CREATE UNIQUE%' AS unique FROM pg_indexes
        WHERE tablename = '${table}' AND schemaname = current_schema()`,
    )
  ).filter((index) => !all.some((c) => c.name === index.name) && (!index.unique || !referenced));
  for (const c of constraints)
    await db.execute(sql.raw(`ALTER TABLE "${table}" DROP CONSTRAINT "${c.name}"`));
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  const rows = await load();
  for (const index of indexes) await db.execute(sql.raw(index.def));
  for (const c of [...constraints].reverse())
    await db.execute(sql.raw(`ALTER TABLE "${table}" ADD CONSTRAINT "${c.name}" ${c.def}`));
  return rows;
}
