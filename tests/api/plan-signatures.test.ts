import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, notifications, outboxEmails } from '../../src/server/db/schema';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { Role } from '../../src/shared/roles';
import type { TestClient } from '../support/client';
import { engines } from '../support/database';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan } from '../support/plan-factories';

describe.each(engines)('plan signatures API on %s', (engine) => {
  const h = useHarness(engine);

  /** A school with its district; the school's leader and teacher, the district's leader, and a stranger. */
  async function scenario() {
    const district = await makeOrganization(h.services, { kind: 'district' });
    const school = await makeOrganization(h.services, { kind: 'school', parent: district });
    const stranger = await makeOrganization(h.services, { kind: 'school' });
    const cast = {
      lead: [school, 'leader'],
      teacher: [school, 'team_member'],
      superintendent: [district, 'leader'],
      outsider: [stranger, 'leader'],
    } satisfies Record<string, [OrganizationRow, Role]>;
    type Member = { id: string; name: string; client: TestClient };
    const people = {} as Record<keyof typeof cast, Member>;
    for (const [key, [organization, role]] of Object.entries(cast) as [
      keyof typeof cast,
      [OrganizationRow, Role],
    ][]) {
      const { person } = await makePerson(h.services, { role, organization, name: `Signing ${key}` });
      const client = h.client();
      expect((await client.login(person.email)).status).toBe(200);
      people[key] = { id: person.id, name: person.name, client };
    }
    const { plan } = await makeCompletePlan(h.services, { organization: school });
    return { school, district, plan, ...people } as const;
  }

  it('asks for signatures, lets each signatory sign as themselves, and signs the plan with the last one', async () => {
    const s = await scenario();
    const url = `/api/plans/${s.plan.id}`;
    const requested = await s.lead.client.post(`${url}/signatures`, {
      signatories: [
        { personId: s.teacher.id, roleInPlan: 'Teacher representative' },
        { personId: s.superintendent.id, roleInPlan: 'Superintendent' },
      ],
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    expect(requested.body.status).toBe('awaiting_signatures');
    // Asked together, signatories are listed by name.
    expect(requested.body.signatures).toEqual([
      expect.objectContaining({
        person: { id: s.superintendent.id, name: s.superintendent.name },
        roleInPlan: 'Superintendent',
        signedAt: null,
      }),
      expect.objectContaining({
        person: { id: s.teacher.id, name: s.teacher.name },
        roleInPlan: 'Teacher representative',
        signedAt: null,
        signedName: null,
      }),
    ]);
    const [superintendentSignature, teacherSignature] = requested.body.signatures.map((x: any) => x.id);

    const versions = await s.lead.client.get(`${url}/versions`);
    expect(versions.body).toEqual({
      items: [
        expect.objectContaining({
          number: 1,
          kind: 'signature_request',
          createdBy: { id: s.lead.id, name: s.lead.name },
        }),
      ],
      pendingChanges: false,
    });

    const told = await h.services.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'signature_requested'),
          inArray(notifications.personId, [s.teacher.id, s.superintendent.id]),
        ),
      );
    expect(told.map((n) => n.personId).sort()).toEqual([s.teacher.id, s.superintendent.id].sort());
    expect(told[0]).toMatchObject({
      organizationId: s.school.id,
      title: `${s.lead.name} asked you to sign the ${s.school.name} improvement plan`,
      link: `/o/${s.school.id}/plans/${s.plan.id}?tab=signatures`,
    });
    const emails = await h.services.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.subject, told[0].title));
    expect(emails).toHaveLength(2);

    // Only the person named signs; the plan's own leader cannot sign for the teacher.
    expect((await s.lead.client.post(`${url}/signatures/${teacherSignature}/sign`, {})).status).toBe(403);
    expect(
      (await s.superintendent.client.post(`${url}/signatures/${teacherSignature}/sign`, {})).status,
    ).toBe(403);
    expect((await s.outsider.client.post(`${url}/signatures/${teacherSignature}/sign`, {})).status).toBe(404);

    const first = await s.teacher.client.post(`${url}/signatures/${teacherSignature}/sign`, {
      position: 'Grade 3 teacher',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.status).toBe('awaiting_signatures');
    expect(first.body.signedAt).toBeNull();
    expect(first.body.signatures[1]).toMatchObject({
      signedName: s.teacher.name,
      signedPosition: 'Grade 3 teacher',
      signedVersionNumber: 1,
      signedAt: expect.any(String),
    });
    expect(first.body.abilities.sign).toBe(false);
    expect((await s.teacher.client.post(`${url}/signatures/${teacherSignature}/sign`, {})).status).toBe(409);

    const last = await s.superintendent.client.post(`${url}/signatures/${superintendentSignature}/sign`, {});
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    expect(last.body.status).toBe('signed');
    expect(last.body.signedAt).toEqual(expect.any(String));
    expect(last.body.signatures[0]).toMatchObject({
      signedName: s.superintendent.name,
      signedPosition: null,
    });

    const after = await s.lead.client.get(`${url}/versions`);
    expect(after.body.items.map((v: any) => [v.number, v.kind])).toEqual([
      [2, 'signed'],
      [1, 'signature_request'],
    ]);
    expect(after.body.pendingChanges).toBe(false);

    const audited = await h.services.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, [teacherSignature, superintendentSignature]));
    expect(audited.map((a) => a.action)).toEqual(['sign', 'sign']);
  });

  it('refuses signatories who cannot read the plan or were asked already', async () => {
    const s = await scenario();
    const url = `/api/plans/${s.plan.id}/signatures`;
    const stranger = await s.lead.client.post(url, {
      signatories: [
        { personId: s.teacher.id, roleInPlan: 'Teacher' },
        { personId: s.outsider.id, roleInPlan: 'Partner' },
      ],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.issues).toEqual([{ path: 'signatories.1.personId', message: expect.any(String) }]);

    expect(
      (await s.lead.client.post(url, { signatories: [{ personId: s.teacher.id, roleInPlan: 'Teacher' }] }))
        .status,
    ).toBe(201);
    const again = await s.lead.client.post(url, {
      signatories: [{ personId: s.teacher.id, roleInPlan: 'Teacher' }],
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toContain(s.teacher.name);
  });

  it('reopens signing when a signatory joins a signed plan, and withdraws requests nobody answered', async () => {
    const s = await scenario();
    const url = `/api/plans/${s.plan.id}`;
    const asked = await s.lead.client.post(`${url}/signatures`, {
      signatories: [{ personId: s.teacher.id, roleInPlan: 'Teacher' }],
    });
    const teacherSignature = asked.body.signatures[0].id;
    expect((await s.teacher.client.post(`${url}/signatures/${teacherSignature}/sign`, {})).body.status).toBe(
      'signed',
    );

    const reopened = await s.lead.client.post(`${url}/signatures`, {
      signatories: [{ personId: s.superintendent.id, roleInPlan: 'Superintendent' }],
    });
    expect(reopened.body).toMatchObject({ status: 'awaiting_signatures', signedAt: null });
    const pending = reopened.body.signatures[1].id;

    expect((await s.superintendent.client.delete(`${url}/signatures/${pending}`)).status).toBe(403);
    expect((await s.lead.client.delete(`${url}/signatures/${teacherSignature}`)).status).toBe(409);
    const withdrawn = await s.lead.client.delete(`${url}/signatures/${pending}`);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    // Everyone still asked has signed, so the plan is signed again.
    expect(withdrawn.body.status).toBe('signed');
    expect(withdrawn.body.signatures.map((x: any) => x.person.id)).toEqual([s.teacher.id]);
    expect((await s.lead.client.delete(`${url}/signatures/${pending}`)).status).toBe(404);

    const versions = await s.lead.client.get(`${url}/versions`);
    expect(versions.body.items.map((v: any) => v.kind)).toEqual([
      'signed',
      'signature_request',
      'signed',
      'signature_request',
    ]);
  });

  it('leaves asking for signatures to the plan’s own team', async () => {
    const s = await scenario();
    const url = `/api/plans/${s.plan.id}/signatures`;
    const input = { signatories: [{ personId: s.teacher.id, roleInPlan: 'Teacher' }] };
    expect((await s.superintendent.client.post(url, input)).status).toBe(403);
    expect((await s.outsider.client.post(url, input)).status).toBe(404);
    const plan = await s.lead.client.get(`/api/plans/${s.plan.id}`);
    expect(plan.body.status).toBe('draft');
    expect(plan.body.signatures).toEqual([]);
  });
});
