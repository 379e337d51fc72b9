import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeMonitoredPlan, makeReport } from '../support/monitoring-factories';

describe.each(engines)('milestone reviews API on %s', (engine) => {
  const h = useHarness(engine);

  async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
    const r = await res;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  }

  it('lists each milestone with its review and what the reports suggest, and records reviews', async () => {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const { person } = await makePerson(h.services, {
      role: 'team_member',
      organization: school,
      name: 'Tia Team',
    });
    const team = h.client();
    await team.login(person.email);
    const { ids } = await makeMonitoredPlan(h.services, { organization: school, owner: null, other: null });
    const [a1, a2, a3, a4] = ids.actions;
    const [, m2, m3] = ids.milestones;
    await makeReport(h.services, a1, { period: '2026-09', status: 'completed', percentComplete: 100 });
    await makeReport(h.services, a2, { period: '2026-12', status: 'completed', percentComplete: 100 });
    await makeReport(h.services, a3, { period: '2026-08', status: 'cancelled', percentComplete: 0 });
    await makeReport(h.services, a4, { period: '2026-10', status: 'on_track', percentComplete: 60 });
    const url = `/api/organizations/${school.id}/milestone-reviews?semester=2026-S1`;

    const sheet = await ok(team.get(url));
    expect(sheet).toMatchObject({
      organizationId: school.id,
      semester: '2026-S1',
      abilities: { review: true },
    });
    expect(
      sheet.items.map((i: any) => [i.milestone.number, i.strategy.number, i.review, i.suggested]),
    ).toEqual([
      ['1.1.1', '1.1', null, { completed: true, behind: false, actions: 2, actionsCompleted: 2 }],
      ['1.1.2', '1.1', null, { completed: false, behind: true, actions: 1, actionsCompleted: 0 }],
      ['1.2.1', '1.2', null, { completed: false, behind: false, actions: 0, actionsCompleted: 0 }],
    ]);
    expect(sheet.items[1].milestone).toEqual({
      id: m2,
      number: '1.1.2',
      title: 'Benchmark review',
      dueDate: '2026-10-01',
      responsibleTeam: 'Math',
    });

    const put = (id: string, body: Record<string, unknown>) =>
      team.request('PUT', `/api/milestones/${id}/reviews`, body);
    const missing = await put(m2, { semester: '2026-S1', completed: false, behind: true });
    expect(missing.status).toBe(400);
    expect(missing.body.issues.map((i: any) => i.path).sort()).toEqual(['adjustment', 'cause']);
    expect((await put(m2, { semester: '2031-S1', completed: true, behind: false })).body.issues[0].path).toBe(
      'semester',
    );

    const review = {
      semester: '2026-S1',
      completed: false,
      behind: true,
      cause: 'Testing window moved',
      adjustment: 'Give it in November',
    };
    const created = await ok(put(m2, review));
    expect(created).toMatchObject({
      milestoneId: m2,
      ...review,
      reviewedBy: { id: person.id, name: 'Tia Team' },
      version: 1,
    });
    expect((await put(m2, { ...review, cause: 'Again' })).status).toBe(409);
    const updated = await ok(
      put(m2, { ...review, behind: false, cause: null, adjustment: null, version: 1 }),
    );
    expect(updated).toMatchObject({ behind: false, cause: null, version: 2 });
    expect((await put(m2, { ...review, version: 1 })).status).toBe(409);
    await ok(put(m3, { semester: '2026-S2', completed: true, behind: false }));

    const after = await ok(team.get(url));
    expect(after.items[1].review).toMatchObject({ id: created.id, version: 2, behind: false });
    expect(after.items[2].review).toBeNull();
    const spring = await ok(team.get(`/api/organizations/${school.id}/milestone-reviews?semester=2026-S2`));
    expect(spring.items[2].review).toMatchObject({ semester: '2026-S2', completed: true });

    const events = await h.services.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'milestone_review'), eq(auditEvents.entityId, created.id)));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });
});
