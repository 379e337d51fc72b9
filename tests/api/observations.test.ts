import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, observations } from '../../src/server/db/schema';
import { engines } from '../support/database';
import { useHarness } from '../support/harness';
import { makeMetric, observationCount } from '../support/performance-factories';
import { type PlanScenario, planScenario } from '../support/plan-factories';

describe.each(engines)('observations API on %s', (engine) => {
  const h = useHarness(engine);
  let s: PlanScenario;
  beforeAll(async () => {
    s = await planScenario(h);
  });
  const url = () => `/api/organizations/${s.school.id}/observations`;

  it('saves a period’s values by grade in one batch and replaces a point sent again', async () => {
    const metric = await makeMetric(h.services, s.district, { code: 'READ-BATCH' });
    const grid = ['', 'Grade 6', 'Grade 7'].map((breakdown, i) => ({
      metricId: metric.id,
      period: '2026-Q1',
      breakdown,
      value: 40 + i,
    }));
    const saved = await s.clients.team.post(url(), { items: grid });
    expect(saved.status).toBe(200);
    expect(saved.body.items.map((o: any) => [o.breakdown, o.value, o.source, o.organizationId])).toEqual([
      ['', 40, 'manual', s.school.id],
      ['Grade 6', 41, 'manual', s.school.id],
      ['Grade 7', 42, 'manual', s.school.id],
    ]);

    // By code, with untidy spacing in the breakdown: the same point, a new value.
    const again = await s.clients.lead.post(url(), {
      items: [
        {
          metricCode: 'read-batch',
          period: '2026-Q1',
          breakdown: ' Grade  7 ',
          value: 44.25,
          note: 'Rescored',
        },
      ],
    });
    expect(again.status).toBe(200);
    expect(again.body.items[0]).toMatchObject({ id: saved.body.items[2].id, value: 44.25, note: 'Rescored' });

    const list = await s.clients.viewer.get(`${url()}?metricId=${metric.id}&period=2026`);
    expect(list.body.items.map((o: any) => o.value)).toEqual([40, 41, 44.25]);
    const audits = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'observations'), eq(auditEvents.entityId, s.school.id)));
    expect(audits.map((a) => (a.after as any).created)).toEqual([3, 0]);
  });

  it('saves nothing when any item is wrong, naming each item’s field', async () => {
    const metric = await makeMetric(h.services, s.school);
    const archived = await makeMetric(h.services, s.school);
    await s.clients.lead.patch(`/api/metrics/${archived.id}`, { version: 1, archived: true });
    const siblingMetric = await makeMetric(h.services, s.sibling);
    const before = await observationCount(h.services, [s.school.id]);
    const good = { metricId: metric.id, period: '2026-11', value: 12 };
    const res = await s.clients.team.post(url(), {
      items: [
        good,
        { ...good, period: '2026-13' },
        { metricCode: 'NOPE', period: '2026', value: 1 },
        { metricId: siblingMetric.id, period: '2026', value: 1 },
        { metricId: archived.id, period: '2026', value: 1 },
        { ...good, breakdown: '' },
        { period: '2026', value: 1 },
        { ...good, period: '2026-10', value: 1e12 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: any) => i.path)).toEqual(['items.1.period']);
    const second = await s.clients.team.post(url(), {
      items: [
        good,
        { metricCode: 'NOPE', period: '2026', value: 1 },
        { metricId: siblingMetric.id, period: '2026', value: 1 },
        { metricId: archived.id, period: '2026', value: 1 },
        { ...good, breakdown: '' },
        { period: '2026', value: 1 },
        { ...good, period: '2026-10', value: 1e12 },
        { ...good, period: '2026-09', value: 101 },
      ],
    });
    expect(second.status).toBe(400);
    expect(second.body.issues.map((i: any) => [i.path, i.message])).toEqual([
      ['items.1.metricCode', 'Unknown metric code "NOPE".'],
      ['items.2.metricId', 'No such metric in this organization’s catalogue.'],
      ['items.3.metricId', expect.stringContaining('is archived')],
      ['items.4.period', 'Item 1 already gives this metric, period and breakdown.'],
      ['items.5.metricId', 'Send metricId or metricCode.'],
      ['items.6.value', expect.stringContaining('must be below')],
      ['items.7.value', '101 is not a percent: use a number from 0 to 100.'],
    ]);
    expect(await observationCount(h.services, [s.school.id])).toBe(before);
  });

  it('takes values from a write API token, recorded as sent through the API; a read token may only read', async () => {
    const metric = await makeMetric(h.services, s.district, { code: 'ATTEND-API' });
    const items = [{ metricCode: 'ATTEND-API', period: '2026-10', value: 93.5 }];
    const written = await s.clients.writeToken.post(url(), { items });
    expect(written.status).toBe(200);
    expect(written.body.items[0]).toMatchObject({ metricId: metric.id, source: 'api', value: 93.5 });
    const [row] = await h.services.database.db
      .select()
      .from(observations)
      .where(eq(observations.id, written.body.items[0].id));
    expect(row.recordedByTokenId).not.toBeNull();
    expect(row.recordedById).toBeNull();

    expect((await s.clients.readToken.post(url(), { items })).status).toBe(403);
    expect((await s.clients.readToken.get(url())).status).toBe(200);
  });

  it('is written only by the organization’s own team, and hidden from siblings', async () => {
    const metric = await makeMetric(h.services, s.district);
    const items = [{ metricId: metric.id, period: '2026', value: 1 }];
    for (const client of [
      s.clients.viewer,
      s.clients.coach,
      s.clients.districtLead,
      s.clients.districtAdmin,
    ]) {
      expect((await client.post(url(), { items })).status).toBe(403);
    }
    expect((await s.clients.siblingLead.post(url(), { items })).status).toBe(404);
    expect((await s.clients.siblingLead.get(url())).status).toBe(404);
    // Those above read the school's values.
    expect((await s.clients.districtLead.get(url())).status).toBe(200);
  });
});
