import { createRoute } from '@hono/zod-openapi';
import { networkAssessments } from '../../shared/schemas/assessment';
import { idParam } from '../../shared/schemas/common';
import { type NetworkEntry, networkRows } from '../assessments/network';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { aggregatesVisible } from '../policies/assessment';
import { authorizeOrganization } from '../policies/organization';
import { closedAssessmentsBelow, outcomesOf, ratersOf } from '../queries/assessments';
import { loadOrganization } from '../queries/organizations';
import { errors, json, security } from './spec';

const tags = ['Assessments'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/network-assessments',
    tags,
    security,
    summary: 'Closed assessments of every organization below this one, with section averages and trend',
    description:
      'Only consensus and aggregate figures: no individual rating, evidence or note ever leaves its organization here.',
    request: { params: idParam },
    responses: { 200: json(networkAssessments), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const items = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'read', organization);
      const rows = await closedAssessmentsBelow(tx, organization);
      const ids = rows.map((r) => r.row.id);
      const raters = await ratersOf(tx, ids);
      const outcomes = await outcomesOf(tx, ids);
      const entries: NetworkEntry[] = rows.map(({ row, framework, organization: org }) => {
        const ratingsVisible = aggregatesVisible(actor, {
          organization: { id: org.id, path: org.path },
          mode: row.mode,
          status: row.status,
          facilitatorId: row.facilitatorId,
          raters: raters.get(row.id) ?? [],
        });
        return {
          organization: { id: org.id, name: org.name, kind: org.kind },
          assessment: {
            id: row.id,
            title: row.title,
            period: row.period,
            closedAt: row.closedAt,
            mode: row.mode,
          },
          framework,
          sectionKeys: row.sectionKeys ?? null,
          outcomes: {
            ratings: ratingsVisible ? outcomes.ratings.filter((r) => r.assessmentId === row.id) : [],
            consensus: outcomes.consensus.filter((c) => c.assessmentId === row.id),
            ratingsVisible,
          },
        };
      });
      return networkRows(entries);
    });
    return c.json({ items }, 200);
  },
);

export default router;
