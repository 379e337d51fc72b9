import { createRoute } from '@hono/zod-openapi';
import { reportingMonth, semesterOf } from '../../shared/monitoring/calendar';
import { idParam } from '../../shared/schemas/common';
import {
  milestoneReview,
  milestoneReviewInput,
  milestoneReviewSheet,
  reviewsQuery,
} from '../../shared/schemas/monitoring';
import { reviewMilestone } from '../commands/monitoring/review-milestone';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { loadMilestoneForReview, milestoneReviewSheet as reviewSheet } from '../monitoring/milestone-reviews';
import { named, namesOf } from '../monitoring/reports';
import { planRefOf } from '../plans/load';
import { canOrganization } from '../policies/organization';
import { authorizePlan } from '../policies/plan';
import { presentMilestoneReview } from '../presenters/monitoring';
import { readOrganizationCalendar } from './organization-calendar';
import { body, errors, json, security, writeErrors } from './spec';

const tags = ['Milestone reviews'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'put',
    path: '/api/milestones/{id}/reviews',
    tags,
    security,
    summary: 'Record or correct the team’s review of a milestone for a semester',
    description:
      'Cause and adjustment are required when the milestone is behind. Send the version you read to ' +
      'replace a review (409 when stale).',
    request: { params: idParam, ...body(milestoneReviewInput) },
    responses: { 200: json(milestoneReview), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const review = c.req.valid('json');
    const result = await runCommand(c, async (ctx) => {
      const { plan, organization } = await loadMilestoneForReview(ctx.tx, id);
      // Reviewing is editing the plan's record, which never depends on who has signed.
      authorizePlan(actor, 'edit', planRefOf(plan, organization, []));
      const row = await reviewMilestone(ctx, { plan, milestoneId: id, review });
      const names = await namesOf(ctx.tx, [row.reviewedById]);
      return presentMilestoneReview(row, named(names, row.reviewedById));
    });
    return c.json(result, 200);
  },
);

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/milestone-reviews',
    tags,
    security,
    summary: 'Every milestone of the plan for a semester: the team’s review and what the reports suggest',
    description: 'The semester defaults to the one of the month being reported.',
    request: { params: idParam, query: reviewsQuery },
    responses: { 200: json(milestoneReviewSheet), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { organization, calendar, today: date } = await readOrganizationCalendar(tx, actor, id);
      return reviewSheet(tx, {
        organization,
        calendar,
        semester: query.semester ?? semesterOf(calendar, reportingMonth(calendar, date)),
        today: date,
        canReview: canOrganization(actor, 'writePlan', organization),
      });
    });
    return c.json(result, 200);
  },
);

export default router;
