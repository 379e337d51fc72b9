import { expect } from 'vitest';
import { createApiToken } from '../../src/server/commands/api-tokens/create';
import { createPlan } from '../../src/server/commands/plans/create';
import { createItem } from '../../src/server/commands/plans/create-item';
import { setDirection } from '../../src/server/commands/plans/set-direction';
import { runInSystemTransaction } from '../../src/server/commands/system';
import type { Services } from '../../src/server/http/env';
import { loadPlan } from '../../src/server/plans/load';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { PlanRow } from '../../src/server/queries/plans';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from './client';
import { makeOrganization, makePerson } from './factories';
import type { Harness } from './harness';

let counter = 0;

type PlanOptions = { organization?: OrganizationRow; title?: string; startYear?: number; years?: number };

/** Creates a plan (2026–27 for three years unless told) through the create command, and a school when none is given. */
export async function makePlan(
  services: Services,
  options: PlanOptions = {},
): Promise<{ plan: PlanRow; organization: OrganizationRow }> {
  const organization = options.organization ?? (await makeOrganization(services));
  const plan = await runInSystemTransaction(services, (ctx) =>
    createPlan(ctx, {
      organization,
      title: options.title ?? `Improvement plan ${++counter}`,
      startYear: options.startYear ?? 2026,
      years: options.years ?? 3,
    }),
  );
  return { plan, organization };
}

const measureRows = [
  {
    label: null,
    baseline: 42,
    baselineAsOf: '2026-06-30',
    targets: [
      { year: 2027, kind: 'absolute' as const, comparator: 'at_least' as const, value: 50 },
      { year: 2028, kind: 'change' as const, comparator: 'at_least' as const, value: 15 },
    ],
  },
];

/**
 * A plan every quality check passes: a direction; one goal with a measure (baseline and two targets); one
 * priority area with one strategy (a full theory of action, practice 3c, a measure) whose two milestones
 * fall in different school years, each with one fully described action.
 */
export async function makeCompletePlan(services: Services, options: { organization?: OrganizationRow } = {}) {
  const { plan, organization } = await makePlan(services, options);
  const ids = await runInSystemTransaction(services, async (ctx) => {
    const loaded = await loadPlan(ctx.tx, plan.id, { lock: true });
    await setDirection(ctx, {
      loaded,
      direction: {
        version: 1,
        vision: 'Every student leaves ready for what comes next.',
        mission: 'We teach every student to read, reason and write with confidence.',
        purposeIf: 'we coach teachers in small-group reading instruction',
        purposeThen: 'every classroom runs daily guided reading',
        purposeAnd: 'students read on grade level by grade 3',
        glossary: [{ term: 'Guided reading', definition: 'Small-group instruction at each reader’s level.' }],
        leadershipTeam: [{ name: 'Dana Reyes', position: 'Principal' }],
      },
    });
    const goal = await createItem(ctx, {
      loaded,
      kind: 'goal',
      values: { statement: 'Raise reading proficiency in grades 3–5.', explanation: null },
    });
    await createItem(ctx, {
      loaded,
      kind: 'measure',
      values: {
        goalId: goal.id,
        indicator: 'Students proficient on the state reading test',
        unit: '%',
        rows: measureRows,
      },
    });
    const priority = await createItem(ctx, {
      loaded,
      kind: 'priority',
      values: {
        title: 'Reading instruction',
        description: 'Small-group instruction is uneven across classrooms.',
        swotEntryIds: [],
        rootCauseIds: [],
        candidateIds: [],
      },
    });
    const strategy = await createItem(ctx, {
      loaded,
      kind: 'strategy',
      values: {
        priorityId: priority.id,
        title: 'Guided reading in every classroom',
        toaIf: 'we coach every teacher in guided reading',
        toaThen: 'small-group instruction happens daily',
        toaAnd: 'more students read on grade level',
        practiceCodes: ['3c'],
        goalIds: [goal.id],
      },
    });
    await createItem(ctx, {
      loaded,
      kind: 'measure',
      values: {
        strategyId: strategy.id,
        indicator: 'Classrooms observed running guided reading',
        unit: '%',
        rows: measureRows,
      },
    });
    const milestones = [];
    const actions = [];
    for (const [i, due] of ['2026-12-15', '2027-12-15'].entries()) {
      const milestone = await createItem(ctx, {
        loaded,
        kind: 'milestone',
        values: { strategyId: strategy.id, title: `Coaching cycle ${i + 1} complete`, dueDate: due },
      });
      const action = await createItem(ctx, {
        loaded,
        kind: 'action',
        values: {
          milestoneId: milestone.id,
          description: `Run coaching cycle ${i + 1} with every teacher`,
          outputs: 'Observation notes and a coaching log for each teacher',
          startDate: `${due.slice(0, 4)}-09-01`,
          endDate: due,
          responsibleName: 'Dana Reyes',
        },
      });
      milestones.push(milestone.id);
      actions.push(action.id);
    }
    return { goal: goal.id, priority: priority.id, strategy: strategy.id, milestones, actions };
  });
  const fresh = await runInSystemTransaction(services, async (ctx) => (await loadPlan(ctx.tx, plan.id)).plan);
  return { plan: fresh, organization, ids };
}

const planCast = {
  lead: ['school', 'leader'],
  team: ['school', 'team_member'],
  viewer: ['school', 'viewer'],
  coach: ['school', 'coach'],
  districtLead: ['district', 'leader'],
  districtCoach: ['district', 'coach'],
  districtAdmin: ['district', 'administrator'],
  siblingLead: ['sibling', 'leader'],
} as const satisfies Record<string, readonly [string, Role]>;

export type PlanCastMember = keyof typeof planCast;

/**
 * A district with two schools and a signed-in client for each member of the cast: the first school's
 * leader, team member, viewer and coach; the district's leader, coach and administrator; the other
 * school's leader. Also a read and a write API token of the first school. No plan yet.
 */
export async function planScenario(h: Harness) {
  const district = await makeOrganization(h.services, { kind: 'district' });
  const school = await makeOrganization(h.services, { kind: 'school', parent: district });
  const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
  const orgs: Record<string, OrganizationRow> = { district, school, sibling };
  const ids = {} as Record<PlanCastMember, string>;
  const names = {} as Record<PlanCastMember, string>;
  const clients = {} as Record<PlanCastMember | 'readToken' | 'writeToken', TestClient>;
  for (const [key, [where, role]] of Object.entries(planCast) as [
    PlanCastMember,
    readonly [string, Role],
  ][]) {
    const { person } = await makePerson(h.services, { role, organization: orgs[where], name: `Plan ${key}` });
    ids[key] = person.id;
    names[key] = person.name;
    clients[key] = h.client();
    expect((await clients[key].login(person.email)).status).toBe(200);
  }
  for (const scope of ['read', 'write'] as const) {
    const { secret } = await runInSystemTransaction(h.services, (ctx) =>
      createApiToken(ctx, { organization: school, name: `${scope} token`, scope, createdById: ids.lead }),
    );
    clients[`${scope}Token`] = h.client().withToken(secret);
  }
  return { district, school, sibling, ids, names, clients };
}

export type PlanScenario = Awaited<ReturnType<typeof planScenario>>;

/** Any item of a plan tree by id, wherever it sits: goals, measures, SWOT, root causes, priorities and below. */
export function findInTree(tree: any, id: string): any {
  const walk = (node: any): any => {
    if (Array.isArray(node)) {
      for (const child of node) {
        const found = walk(child);
        if (found) return found;
      }
      return undefined;
    }
    if (node && typeof node === 'object') {
      if (node.id === id) return node;
      for (const key of [
        'goals',
        'measures',
        'swot',
        'rootCauses',
        'priorities',
        'strategies',
        'milestones',
        'actions',
      ]) {
        if (key in node) {
          const found = walk(node[key]);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  return walk([tree.goals, tree.swot, tree.rootCauses, tree.priorities]);
}
