import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionsPerPlan, generateNetwork, ids, monthsFor, reportedMonths } from '../../bench/generate';
import { actionIdsOf, schoolId, sessionOf } from '../../bench/http';
import { quarterOf } from '../../bench/measure-reads';
import { rowsOf } from '../../src/server/db/client';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';

/** The benchmark's generator at a tiny size: the data it writes is what the app itself would have written. */
describe.each(engines)('benchmark network generator (%s)', (engine) => {
  const h = useHarness(engine);
  const size = { districts: 1, schoolsPerDistrict: 2, metrics: 2 };
  const months = monthsFor(new Date());

  const query = async <T>(text: string) => rowsOf<T>(await h.services.database.db.execute(sql.raw(text)));

  it('writes the plans, reports and summary tables consistently', async () => {
    const generated = await generateNetwork(h.services.database, size, months);
    expect(generated.statusReports).toBe(2 * actionsPerPlan * reportedMonths);

    const [paths] = await query<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
        WHERE o.path <> coalesce(p.path, '') || o.id::text || '/'`,
    );
    expect(paths.wrong).toBe(0);

    // The monthly counts, recomputed from the reports the way the status command keeps them.
    const [counts] = await query<{ differing: number }>(
      `WITH recomputed AS (
         SELECT r.organization_id, r.period, o.path AS organization_path, o.parent_id AS district_id,
                count(*)::int AS reported,
                count(*) FILTER (WHERE status = 'not_started')::int AS not_started,
                count(*) FILTER (WHERE status = 'on_track')::int AS on_track,
                count(*) FILTER (WHERE status = 'at_risk')::int AS at_risk,
                count(*) FILTER (WHERE status = 'behind')::int AS behind,
                count(*) FILTER (WHERE status = 'completed')::int AS completed,
                count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
                coalesce(sum(budget_used), 0)::numeric(16, 2) AS budget_used
           FROM action_status_reports r JOIN organizations o ON o.id = r.organization_id
          GROUP BY 1, 2, 3, 4),
       stored AS (
         SELECT organization_id, period, organization_path, district_id, reported, not_started, on_track,
                at_risk, behind, completed, cancelled, budget_used FROM organization_period_status)
       SELECT count(*)::int AS differing FROM (
         (SELECT * FROM recomputed EXCEPT SELECT * FROM stored)
         UNION ALL (SELECT * FROM stored EXCEPT SELECT * FROM recomputed)) d`,
    );
    expect(counts.differing).toBe(0);

    // Each action's latest-status row, recomputed from its newest report and where it sits in the plan.
    const [latest] = await query<{ differing: number; rows: number }>(
      `WITH newest AS (
         SELECT DISTINCT ON (action_id) * FROM action_status_reports ORDER BY action_id, period DESC),
       recomputed AS (
         SELECT n.action_id, n.plan_id, n.organization_id, o.parent_id AS district_id, o.path AS organization_path,
                ms.strategy_id, ms.id AS milestone_id, st.practice_codes, n.period, n.status, n.percent_complete,
                a.end_date, n.reported_at
           FROM newest n JOIN plan_actions a ON a.id = n.action_id
           JOIN plan_milestones ms ON ms.id = a.milestone_id JOIN plan_strategies st ON st.id = ms.strategy_id
           JOIN organizations o ON o.id = n.organization_id),
       stored AS (
         SELECT action_id, plan_id, organization_id, district_id, organization_path, strategy_id, milestone_id,
                practice_codes, period, status, percent_complete, end_date, reported_at FROM action_status_latest)
       SELECT (SELECT count(*)::int FROM stored) AS rows, count(*)::int AS differing FROM (
         (SELECT * FROM recomputed EXCEPT SELECT * FROM stored)
         UNION ALL (SELECT * FROM stored EXCEPT SELECT * FROM recomputed)) d`,
    );
    expect(latest).toEqual({ rows: 2 * actionsPerPlan, differing: 0 });
  });

  it('signs its people in, so the API accepts their reports and reads', async () => {
    const session = sessionOf(ids.schoolEmail(1));
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const [action] = actionIdsOf(1);
    const res = await h.app.request(`/api/actions/${action}/status`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ period: months.next, status: 'on_track', percentComplete: 50 }),
    });
    expect(res.status).toBe(201);
    const [counted] = await query<{ reported: number }>(
      `SELECT reported FROM organization_period_status WHERE organization_id = '${schoolId(1)}'
          AND period = '${months.next}'`,
    );
    expect(counted.reported).toBe(1);

    const quarter = quarterOf(months.reported.at(-1)!);
    const figures = await h.app.request(
      `/api/organizations/${schoolId(1)}/implementation?period=${quarter}`,
      {
        headers,
      },
    );
    expect(figures.status).toBe(200);
    expect((await figures.json()).totals.actions).toBe(actionsPerPlan);
  });
});
