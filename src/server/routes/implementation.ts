import { createRoute } from '@hono/zod-openapi';
import { currentQuarter } from '../../shared/monitoring/calendar';
import { idParam } from '../../shared/schemas/common';
import { implementationFigures as figuresSchema, implementationQuery } from '../../shared/schemas/monitoring';
import { requireActor, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { implementationFigures } from '../monitoring/implementation';
import { readOrganizationCalendar } from './organization-calendar';
import { errors, json, security } from './spec';

const tags = ['Implementation'];
const router = createRouter();

router.openapi(
  createRoute({
    method: 'get',
    path: '/api/organizations/{id}/implementation',
    tags,
    security,
    summary: 'Quarterly implementation figures of the plan in effect: Tool A’s milestone and strategy tables',
    description:
      'The quarter defaults to the current one (the quarter of the month being reported). Figures come ' +
      'from the monthly reports and the semester milestone reviews.',
    request: { params: idParam, query: implementationQuery },
    responses: { 200: json(figuresSchema), ...errors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await runRead(c, async (tx) => {
      const { organization, calendar, today: date } = await readOrganizationCalendar(tx, actor, id);
      const period = query.period ?? currentQuarter(calendar, date);
      return implementationFigures(tx, organization, period, date, calendar);
    });
    return c.json(result, 200);
  },
);

export default router;
