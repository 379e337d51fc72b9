import { createRoute } from '@hono/zod-openapi';
import { coachingQuestions } from '../../shared/schemas/coaching-questions';
import { loadCoachingQuestions } from '../frameworks/coaching-questions';
import { notFound } from '../http/errors';
import { requireActor } from '../http/handler';
import { createRouter } from '../http/router';
import { errors, json, security } from './spec';

const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/coaching-questions',
    tags: ['Frameworks'],
    security,
    summary: 'Coaching techniques and questions for each step of the improvement cycle',
    responses: { 200: json(coachingQuestions), ...errors },
  }),
  async (c) => {
    requireActor(c);
    const file = await loadCoachingQuestions();
    if (!file) throw notFound('The coaching questions');
    return c.json(file, 200);
  },
);

export default router;
