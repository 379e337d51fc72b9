import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import { idParam } from '../../shared/schemas/common';
import { networkPlans, networkPlansQuery } from '../../shared/schemas/plan';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { authorizeOrganization } from '../policies/organization';
import { presentPlanSummary } from '../presenters/plan';
import { type NetworkPlanEntry, networkPlanEntries } from '../queries/network-plans';
import { loadOrganization } from '../queries/organizations';
import { errors, json, security } from './spec';

const tags = ['Plans'];
const router = createRouter();

/** Narrows each plan's strategies to the practice asked for; the counts cover every strategy of the rows. */
function presentNetworkPlans(entries: NetworkPlanEntry[], practice?: string): z.infer<typeof networkPlans> {
  const practiceCounts: Record<string, number> = {};
  for (const strategy of entries.flatMap((e) => e.strategies))
    for (const code of strategy.practiceCodes) practiceCounts[code] = (practiceCounts[code] ?? 0) + 1;
  return {
    items: entries.map(({ organization: org, parent, plan, strategies, completeness }) => ({
      organization: { id: org.id, name: org.name, kind: org.kind, essaStatus: org.essaStatus, parent },
      plan: plan && {
        ...presentPlanSummary(plan),
        strategies: practice ? strategies.filter((s) => s.practiceCodes.includes(practice)) : strategies,
      },
      completeness,
    })),
    practiceCounts,
  };
}

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/network-plans',
    tags,
    security,
    summary: 'The current plan of every organization below this one, with completeness and strategies',
    description:
      'Each organization’s current plan is the live one whose period covers this school year, else the one starting latest. Completeness: `none` (no plan), `incomplete` (open checks), `complete` (no checks, not signed), `signed`. With `practice`, only plans with a strategy coded to it are listed, each with just those strategies; `practiceCounts` counts all strategies of the listed plans by code.',
    request: { params: idParam, query: networkPlansQuery },
    responses: { 200: json(networkPlans), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const filter = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      return presentNetworkPlans(await networkPlanEntries(tx, organization, filter), filter.practice);
    });
    return c.json(result, 200);
  },
);

export default router;
