import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema';
import { today } from '../../src/server/monitoring/calendars';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import { currentQuarter, defaultCalendar } from '../../src/shared/monitoring/calendar';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { readPdfText, readWorkbook } from '../support/export-readers';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeMonitoredPlan, makeReport } from '../support/monitoring-factories';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(engines)('quarterly reports API on %s', (engine) => {
  const h = useHarness(engine);

  async function signIn(organization: OrganizationRow, role: Role, name?: string) {
    const { person } = await makePerson(h.services, { role, organization, name });
    const client = h.client();
    expect((await client.login(person.email)).status).toBe(200);
    return { person, client };
  }

  let schools = 0;

  /** A school with the hand-computed plan and three reports in the first quarter (August–October 2026). */
  async function setup() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, {
      kind: 'school',
      parent: district,
      name: `Cedar Elementary ${++schools}`,
    });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const lead = await signIn(school, 'leader', 'Lena Lead');
    const { plan, ids } = await makeMonitoredPlan(h.services, {
      organization: school,
      owner: null,
      other: null,
    });
    const [a1, a2] = ids.actions;
    await makeReport(h.services, a1, { period: '2026-08', status: 'on_track' });
    await makeReport(h.services, a1, { period: '2026-09', status: 'completed', percentComplete: 100 });
    await makeReport(h.services, a2, {
      period: '2026-09',
      status: 'at_risk',
      cause: 'Two coaches left in September',
      adjustment: 'The principal covers one cycle',
      budgetUsed: 120,
    });
    return {
      district,
      school,
      sibling,
      plan,
      ids,
      lead,
      path: `/api/organizations/${school.id}/quarterly-report`,
    };
  }

  const put = (client: TestClient, path: string, body: unknown) =>
    client.request('PUT', `${path}/narrative`, body);

  it('builds a quarter from the data, with the earlier quarters of the year and an empty narrative', async () => {
    const s = await setup();
    const first = await s.lead.client.get(`${s.path}?period=2026-Q1`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      organization: { id: s.school.id, name: s.school.name, kind: 'school' },
      plan: { id: s.plan.id, title: s.plan.title },
      period: '2026-Q1',
      startDate: '2026-08-01',
      endDate: '2026-10-31',
      narrative: { text: '', version: null, updatedAt: null, updatedBy: null },
      earlierQuarters: [],
      performance: [],
      supports: [],
      adjustments: [],
      abilities: { editNarrative: true },
    });
    // As of 31 October: 1.1.1.1 completed, 1.1.1.3 past its end, four actions in scope.
    expect(first.body.implementation).toMatchObject({
      period: '2026-Q1',
      planId: s.plan.id,
      totals: { actions: 4, actionsCompletedPct: 25, actionsBehindPct: 25, budgetUsed: 120 },
    });
    const causes = first.body.implementation.strategies[0].milestones[0].causesAndAdjustments;
    expect(causes).toEqual([
      expect.objectContaining({ period: '2026-09', cause: 'Two coaches left in September' }),
    ]);

    const second = await s.lead.client.get(`${s.path}?period=2026-Q2`);
    expect(second.status).toBe(200);
    expect(second.body.earlierQuarters.map((q: any) => q.period)).toEqual(['2026-Q1']);
    expect(second.body.implementation.months).toEqual(['2026-11', '2026-12', '2027-01']);

    const bad = await s.lead.client.get(`${s.path}?period=2026-Q5`);
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('period');
  });

  it('saves the narrative by version, refuses a stale one, and records each save', async () => {
    const s = await setup();
    const created = await put(s.lead.client, s.path, {
      period: '2026-Q1',
      narrative: '  Coaching started late.\n\nWe caught up in October.  ',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.narrative).toMatchObject({
      text: 'Coaching started late.\n\nWe caught up in October.',
      version: 1,
      updatedBy: { id: s.lead.person.id, name: 'Lena Lead' },
    });

    const blind = await put(s.lead.client, s.path, { period: '2026-Q1', narrative: 'Overwrite' });
    expect(blind.status).toBe(409);
    const updated = await put(s.lead.client, s.path, {
      period: '2026-Q1',
      narrative: 'Revised.',
      version: 1,
    });
    expect(updated.body.narrative).toMatchObject({ text: 'Revised.', version: 2 });
    const stale = await put(s.lead.client, s.path, { period: '2026-Q1', narrative: 'Late', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    // A narrative for a quarter nobody wrote yet cannot name a version.
    expect((await put(s.lead.client, s.path, { period: '2026-Q3', narrative: 'x', version: 1 })).status).toBe(
      409,
    );

    const other = await s.lead.client.get(`${s.path}?period=2026-Q2`);
    expect(other.body.narrative.text).toBe('');
    const again = await s.lead.client.get(`${s.path}?period=2026-Q1`);
    expect(again.body.narrative).toMatchObject({ text: 'Revised.', version: 2 });

    const events = await h.services.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.organizationId, s.school.id), eq(auditEvents.entityType, 'quarterly_report')),
      );
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(events.every((e) => e.actorPersonId === s.lead.person.id)).toBe(true);

    const invalid = await put(s.lead.client, s.path, { period: '2026-Q9', narrative: 'x'.repeat(20001) });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: any) => i.path).sort()).toEqual(['narrative', 'period']);
  });

  it('lets the organization’s leaders and team write the narrative, others above read it, and hides it from siblings', async () => {
    const s = await setup();
    const input = { period: '2026-Q1', narrative: 'Ours.' };
    const teacher = await signIn(s.school, 'team_member');
    const owner = await signIn(s.school, 'action_owner');
    const viewer = await signIn(s.school, 'viewer');
    const superintendent = await signIn(s.district, 'leader');
    const siblingLead = await signIn(s.sibling, 'leader');

    expect((await put(teacher.client, s.path, input)).status).toBe(200);
    for (const reader of [owner, viewer, superintendent]) {
      const read = await reader.client.get(`${s.path}?period=2026-Q1`);
      expect(read.status).toBe(200);
      expect(read.body.abilities.editNarrative).toBe(false);
      expect(read.body.narrative.text).toBe('Ours.');
      expect((await put(reader.client, s.path, { ...input, version: 1 })).status).toBe(403);
    }
    expect((await siblingLead.client.get(`${s.path}?period=2026-Q1`)).status).toBe(404);
    expect((await put(siblingLead.client, s.path, input)).status).toBe(404);
    expect((await siblingLead.client.download(`${s.path}/export?period=2026-Q1&format=pdf`)).status).toBe(
      404,
    );
  });

  it('includes the supports active and the adjustments decided in the quarter', async () => {
    const s = await setup();
    const quarter = currentQuarter(defaultCalendar, today());
    const adjustment = await s.lead.client.post(`/api/organizations/${s.school.id}/adjustments`, {
      summary: 'Coaching cycles move to Tuesdays.',
      cause: 'Two coaches left.',
      evidence: 'September and October status reports.',
      decidedBy: 'School leadership team',
    });
    expect(adjustment.status, JSON.stringify(adjustment.body)).toBe(201);
    const support = await s.lead.client.post(`/api/organizations/${s.school.id}/supports`, {
      need: 'Coaching on small-group reading for new teachers.',
      strategyId: s.ids.strategies[0],
    });
    expect(support.status, JSON.stringify(support.body)).toBe(201);

    const now = await s.lead.client.get(s.path);
    expect(now.status).toBe(200);
    expect(now.body.period).toBe(quarter);
    expect(now.body.adjustments.map((a: any) => a.summary)).toEqual(['Coaching cycles move to Tuesdays.']);
    expect(now.body.supports.map((x: any) => x.need)).toEqual([
      'Coaching on small-group reading for new teachers.',
    ]);

    const before = await s.lead.client.get(`${s.path}?period=2025-Q1`);
    expect(before.body).toMatchObject({ supports: [], adjustments: [], plan: null });
  });

  it('exports the quarter as a PDF and as an Excel workbook', async () => {
    const s = await setup();
    await put(s.lead.client, s.path, {
      period: '2026-Q1',
      narrative: 'Coaching started late; we caught up.',
    });

    const pdf = await s.lead.client.download(`${s.path}/export?period=2026-Q1&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename="Cedar-Elementary-${schools}-2026-Q1-quarterly-report.pdf"`,
    );
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(readPdfText(pdf.bytes));
    for (const expected of [
      'Quarterly report',
      'Quarter 1, 2026–27',
      'Coaching started late; we caught up.',
      'Strategy 1.1: Guided reading',
      'Milestone 1.1.1: Coaching cycle one',
      'Actions Completed (%)',
      'Two coaches left in September',
    ]) {
      expect(text).toContain(flat(expected));
    }

    const xlsx = await s.lead.client.download(`${s.path}/export?period=2026-Q1&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain('-2026-Q1-quarterly-report.xlsx"');
    const book = await readWorkbook(xlsx.bytes);
    expect(Object.keys(book.sheets)).toEqual([
      'Summary',
      'Totals',
      'Strategies',
      'Milestones',
      'Performance',
      'Supports',
      'Adjustments',
    ]);
    expect(book.sheets.Summary).toContainEqual(['Narrative', 'Coaching started late; we caught up.']);
    expect(book.sheets.Totals[1]?.slice(0, 7)).toEqual(['1st Quarter', '4', '25', '75', '25', '1750', '120']);

    const wrong = await s.lead.client.download(`${s.path}/export?period=2026-Q1&format=docx`);
    expect(wrong.status).toBe(400);
  });
});
