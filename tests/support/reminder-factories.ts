import { eq } from 'drizzle-orm';
import { createItem } from '../../src/server/commands/plans/create-item';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { openDatabase } from '../../src/server/db/client';
import { actionStatusReports, planActions, plans } from '../../src/server/db/schema';
import type { Services } from '../../src/server/http/env';
import { createScheduler, type SchedulerOptions } from '../../src/server/jobs/scheduler';
import { loadPlan } from '../../src/server/plans/load';
import type { ActionStatus } from '../../src/shared/schemas/monitoring-enums';
import { makeOrganization, makePerson } from './factories';
import { makeCompletePlan } from './plan-factories';

/** Services whose jobs read dates in UTC with the digest at 07:00, whatever the machine's settings. */
export function jobServices(services: Services): Services {
  return {
    ...services,
    config: { ...services.config, jobs: { ...services.config.jobs, timeZone: 'UTC', digestHour: 7 } },
  };
}

/** A clock the test moves by hand. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}

/** Schedulers a test created, stopped afterwards so each test starts with the lease free. */
export function schedulerPool() {
  const created: ReturnType<typeof createScheduler>[] = [];
  return {
    create(services: Services, options: SchedulerOptions = {}) {
      const scheduler = createScheduler(jobServices(services), options);
      created.push(scheduler);
      return scheduler;
    },
    async stopAll() {
      for (const scheduler of created.splice(0)) await scheduler.stop();
    },
  };
}

/**
 * A second set of services on its own connection pool to the same database, as a second app instance
 * would have. On PGlite (one process, one connection) it is the same database object.
 */
export async function secondInstance(
  services: Services,
): Promise<{ services: Services; close(): Promise<void> }> {
  if (services.database.engine === 'pglite') return { services, close: async () => {} };
  const database = await openDatabase({ dataDir: '', databaseUrl: services.config.databaseUrl });
  return { services: { ...services, database }, close: () => database.close() };
}

export async function insertReport(
  services: Services,
  actionId: string,
  period: string,
  status: ActionStatus,
) {
  const { db } = services.database;
  const [action] = await db
    .select({ planId: planActions.planId, organizationId: plans.organizationId })
    .from(planActions)
    .innerJoin(plans, eq(plans.id, planActions.planId))
    .where(eq(planActions.id, actionId));
  await db.insert(actionStatusReports).values({
    actionId,
    planId: action.planId,
    organizationId: action.organizationId,
    period,
    status,
    percentComplete: status === 'completed' ? 100 : 50,
  });
}

/**
 * A school with a leader and three people, and a 2026–27 plan whose November 2026 reports are owed by:
 * Ann (1.1.1.1), Ben (1.1.1.2) and the typed name "Sam Typed" (1.1.1.5). Ann already reported 1.1.1.3;
 * Cara's 1.1.1.4 was completed in October and her 1.1.2.1 starts only in 2027, so Cara owes nothing.
 */
export async function reminderScenario(services: Services) {
  const district = await makeOrganization(services, { kind: 'district' });
  const school = await makeOrganization(services, { kind: 'school', parent: district });
  const member = async (name: string, role: 'leader' | 'team_member' | 'action_owner') =>
    (await makePerson(services, { organization: school, role, name })).person;
  const lead = await member('Lee Leader', 'leader');
  const ann = await member('Ann Owner', 'team_member');
  const ben = await member('Ben Owner', 'action_owner');
  const cara = await member('Cara Owner', 'team_member');
  const { plan, ids } = await makeCompletePlan(services, { organization: school });
  const [first, later] = ids.actions;
  const { db } = services.database;
  await db.update(planActions).set({ responsiblePersonId: ann.id }).where(eq(planActions.id, first));
  await db.update(planActions).set({ responsiblePersonId: cara.id }).where(eq(planActions.id, later));
  const extra = await runInSystemTransaction(services, async (ctx) => {
    const loaded = await loadPlan(ctx.tx, plan.id, { lock: true });
    const add = async (description: string, startDate: string, person: string | null, typed?: string) =>
      (
        await createItem(ctx, {
          loaded,
          kind: 'action',
          values: {
            milestoneId: ids.milestones[0],
            description,
            startDate,
            endDate: '2026-12-15',
            responsiblePersonId: person,
            responsibleName: typed ?? null,
          },
        })
      ).id;
    return {
      benAction: await add('Model a lesson in each grade', '2026-10-01', ben.id),
      annReported: await add('Share reading data with families', '2026-09-15', ann.id),
      caraDone: await add('Order leveled books', '2026-09-01', cara.id),
      typed: await add('Train the volunteers', '2026-10-01', null, 'Sam Typed'),
    };
  });
  await insertReport(services, extra.annReported, '2026-11', 'on_track');
  await insertReport(services, extra.caraDone, '2026-10', 'completed');
  return { district, school, plan, people: { lead, ann, ben, cara }, actions: { first, later, ...extra } };
}
