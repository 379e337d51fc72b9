import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { reportStatus } from '../../src/server/commands/monitoring/report-status';
import { createItem } from '../../src/server/commands/plans/create-item';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { type Db, rowsOf } from '../../src/server/db/client';
import type { Services } from '../../src/server/http/env';
import { loadActionContext } from '../../src/server/monitoring/action-context';
import { today } from '../../src/server/monitoring/calendars';
import { loadPlan } from '../../src/server/plans/load';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { type StatusInput, statusInput } from '../../src/shared/schemas/monitoring';
import { makePlan } from './plan-factories';

/**
 * A small plan (2026–27, three years) whose implementation figures are worked out by hand in the tests:
 *
 * Strategy 1.1 (practice 3c)
 *   Milestone 1.1.1, due 2026-12-15, team "Literacy"
 *     1.1.1.1  2026-08-01 → 2026-09-30, budget 1000, typed name "Sam Typed"
 *     1.1.1.2  2026-09-01 → 2026-12-31, budget 500, `owner`
 *     1.1.1.3  2026-08-01 → 2026-10-15, budget 250, `owner`
 *   Milestone 1.1.2, due 2026-10-01, team "Math"
 *     1.1.2.1  2026-10-01 → 2026-11-30, no budget, `other`
 * Strategy 1.2 (practice 1a)
 *   Milestone 1.2.1, due 2027-03-01, no actions
 */
export async function makeMonitoredPlan(
  services: Services,
  options: { organization: OrganizationRow; owner: string | null; other: string | null },
) {
  const { plan, organization } = await makePlan(services, { organization: options.organization });
  const ids = await runInSystemTransaction(services, async (ctx) => {
    const loaded = await loadPlan(ctx.tx, plan.id, { lock: true });
    const item = <K extends Parameters<typeof createItem>[1]['kind']>(
      kind: K,
      values: Parameters<typeof createItem<K>>[1]['values'],
    ) => createItem(ctx, { loaded, kind, values });
    const priority = await item('priority', {
      title: 'Reading',
      description: null,
      swotEntryIds: [],
      rootCauseIds: [],
      candidateIds: [],
    });
    const strategy = async (title: string, practiceCodes: string[]) =>
      item('strategy', { priorityId: priority.id, title, practiceCodes, goalIds: [] });
    const s1 = await strategy('Guided reading', ['3c']);
    const s2 = await strategy('Family reading nights', ['1a']);
    const milestone = (strategyId: string, title: string, dueDate: string, responsibleTeam: string | null) =>
      item('milestone', { strategyId, title, dueDate, responsibleTeam });
    const m1 = await milestone(s1.id, 'Coaching cycle one', '2026-12-15', 'Literacy');
    const m2 = await milestone(s1.id, 'Benchmark review', '2026-10-01', 'Math');
    const m3 = await milestone(s2.id, 'Two family nights held', '2027-03-01', null);
    const action = (
      milestoneId: string,
      description: string,
      startDate: string,
      endDate: string,
      budgetAmount: number | null,
      who: { responsiblePersonId?: string | null; responsibleName?: string },
    ) =>
      item('action', {
        milestoneId,
        description,
        outputs: `${description}: outputs`,
        startDate,
        endDate,
        budgetAmount,
        ...who,
      });
    const a1 = await action(m1.id, 'Train coaches', '2026-08-01', '2026-09-30', 1000, {
      responsibleName: 'Sam Typed',
    });
    const a2 = await action(m1.id, 'Observe classrooms', '2026-09-01', '2026-12-31', 500, {
      responsiblePersonId: options.owner,
    });
    const a3 = await action(m1.id, 'Buy leveled books', '2026-08-01', '2026-10-15', 250, {
      responsiblePersonId: options.owner,
    });
    const a4 = await action(m2.id, 'Give the benchmark', '2026-10-01', '2026-11-30', null, {
      responsiblePersonId: options.other,
    });
    return {
      strategies: [s1.id, s2.id],
      milestones: [m1.id, m2.id, m3.id],
      actions: [a1.id, a2.id, a3.id, a4.id],
    };
  });
  return { plan, organization, ids };
}

const defaults = { status: 'on_track', percentComplete: 50 } as const;

/** Records a report through the command, as the system; `version` replaces the month's report. */
export async function makeReport(
  services: Services,
  actionId: string,
  input: Partial<StatusInput> & { period: string },
) {
  const status = statusInput.parse({ ...defaults, ...input });
  return runInSystemTransaction(services, async (ctx) => {
    const action = await loadActionContext(ctx.tx, actionId);
    return (await reportStatus(ctx, { action, status, today: today() })).row;
  });
}

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

/**
 * Checks an organization's rows of both summary tables against a recomputation from the reports of its live
 * plans: the counts and budget of every month, and every action's latest report with where it sits now.
 */
export async function expectSummariesMatchReports(db: Db, organizationId: string) {
  const actualMonths = rowsOf(
    await db.execute(sql`
      SELECT organization_id, period, organization_path, district_id, reported, not_started, on_track, at_risk,
             behind, completed, cancelled, budget_used::numeric(16, 2)::text AS budget
        FROM organization_period_status WHERE organization_id = ${organizationId}`),
  );
  const expectedMonths = rowsOf(
    await db.execute(sql`
      SELECT r.organization_id, r.period, o.path AS organization_path,
             CASE o.kind WHEN 'district' THEN o.id WHEN 'school' THEN o.parent_id END AS district_id,
             count(*)::int AS reported,
             count(*) FILTER (WHERE r.status = 'not_started')::int AS not_started,
             count(*) FILTER (WHERE r.status = 'on_track')::int AS on_track,
             count(*) FILTER (WHERE r.status = 'at_risk')::int AS at_risk,
             count(*) FILTER (WHERE r.status = 'behind')::int AS behind,
             count(*) FILTER (WHERE r.status = 'completed')::int AS completed,
             count(*) FILTER (WHERE r.status = 'cancelled')::int AS cancelled,
             coalesce(sum(r.budget_used), 0)::numeric(16, 2)::text AS budget
        FROM action_status_reports r
        JOIN organizations o ON o.id = r.organization_id
        JOIN plans p ON p.id = r.plan_id AND p.archived_at IS NULL
       WHERE r.organization_id = ${organizationId}
       GROUP BY r.organization_id, r.period, o.path, o.kind, o.id, o.parent_id`),
  );
  expect(sorted(actualMonths)).toEqual(sorted(expectedMonths));

  const actualLatest = rowsOf(
    await db.execute(sql`
      SELECT action_id, plan_id, organization_id, organization_path, district_id, milestone_id, strategy_id,
             practice_codes, period, status, percent_complete, end_date::text AS end_date
        FROM action_status_latest WHERE organization_id = ${organizationId}`),
  );
  const expectedLatest = rowsOf(
    await db.execute(sql`
      SELECT DISTINCT ON (r.action_id) r.action_id, r.plan_id, r.organization_id, o.path AS organization_path,
             CASE o.kind WHEN 'district' THEN o.id WHEN 'school' THEN o.parent_id END AS district_id,
             a.milestone_id, m.strategy_id, s.practice_codes, r.period, r.status, r.percent_complete,
             a.end_date::text AS end_date
        FROM action_status_reports r
        JOIN organizations o ON o.id = r.organization_id
        JOIN plans p ON p.id = r.plan_id AND p.archived_at IS NULL
        JOIN plan_actions a ON a.id = r.action_id
        JOIN plan_milestones m ON m.id = a.milestone_id
        JOIN plan_strategies s ON s.id = m.strategy_id
       WHERE r.organization_id = ${organizationId}
       ORDER BY r.action_id, r.period DESC`),
  );
  expect(sorted(actualLatest)).toEqual(sorted(expectedLatest));
  return { months: actualMonths.length, latest: actualLatest.length };
}
