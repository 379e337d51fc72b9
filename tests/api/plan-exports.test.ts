import { describe, expect, it } from 'vitest';
import { pdfSafe } from '../../src/server/exports/pdf-text';
import type { PlanTree } from '../../src/shared/schemas/plan';
import { engines } from '../support/database';
import { readDocx, readPdfText } from '../support/export-readers';
import { makeOrganization, makePerson } from '../support/factories';
import { useHarness } from '../support/harness';
import { makeCompletePlan } from '../support/plan-factories';
import { planItemTexts } from '../support/plan-tree-fixture';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(engines)('plan exports on %s', (engine) => {
  const h = useHarness(engine);
  let s: Awaited<ReturnType<typeof scenario>>;

  /** A complete plan at a school; its leader, the district's leader above it, and a sibling school's leader. */
  async function scenario() {
    const district = await makeOrganization(h.services, { kind: 'district', name: 'Riverside District' });
    const school = await makeOrganization(h.services, {
      kind: 'school',
      parent: district,
      name: 'Oak Hill Middle',
    });
    const sibling = await makeOrganization(h.services, { kind: 'school', parent: district });
    const { plan } = await makeCompletePlan(h.services, { organization: school });
    const login = async (organization: typeof school) => {
      const { person } = await makePerson(h.services, { role: 'leader', organization });
      const client = h.client();
      expect((await client.login(person.email)).status).toBe(200);
      return client;
    };
    const [leader, districtLeader, outsider] = await Promise.all([
      login(school),
      login(district),
      login(sibling),
    ]);
    const tree = (await leader.get<PlanTree>(`/api/plans/${plan.id}`)).body;
    return { plan, tree, leader, districtLeader, outsider };
  }
  const prepared = async () => {
    s ??= await scenario();
    return s;
  };

  it('downloads the plan as a Word document with every goal, strategy, milestone, action and target', async () => {
    const { plan, tree, leader } = await prepared();
    const res = await leader.download(`/api/plans/${plan.id}/export?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(docxType);
    const period = tree.period.label.replace(/[^A-Za-z0-9]+/g, '-');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Oak-Hill-Middle-${period}-improvement-plan.docx"`,
    );
    const docx = await readDocx(res.bytes);
    expect(docx.properties.title).toBe(`${tree.title} (${tree.period.label})`);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'At a glance',
      'Strategic direction',
      'Plan signatures',
      'Needs assessment',
      'Priority planning',
    ]);
    const expected = planItemTexts(tree);
    expect(expected.length).toBeGreaterThan(8);
    for (const text of expected) expect(docx.text).toContain(text);
    expect(docx.text).toContain('Oak Hill Middle');
    expect(docx.text).toContain('Riverside District');
  });

  it('downloads the plan as a PDF with the same content', async () => {
    const { plan, tree, leader } = await prepared();
    const res = await leader.download(`/api/plans/${plan.id}/export?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Oak-Hill-Middle-[0-9-to]+-improvement-plan\.pdf"$/,
    );
    expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(readPdfText(res.bytes));
    for (const expected of planItemTexts(tree)) expect(text).toContain(flat(pdfSafe(expected)));
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('lets readers above the school export, and hides the plan from a sibling school', async () => {
    const { plan, districtLeader, outsider } = await prepared();
    expect((await districtLeader.download(`/api/plans/${plan.id}/export?format=pdf`)).status).toBe(200);
    for (const format of ['docx', 'pdf']) {
      const res = await outsider.get(`/api/plans/${plan.id}/export?format=${format}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('Plan was not found.');
    }
    expect((await h.client().get(`/api/plans/${plan.id}/export?format=pdf`)).status).toBe(401);
  });

  it('refuses an unknown format with the field named', async () => {
    const { plan, leader } = await prepared();
    for (const query of ['?format=xlsx', '']) {
      const res = await leader.get(`/api/plans/${plan.id}/export${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.body.issues).toEqual([expect.objectContaining({ path: 'format' })]);
    }
    const missing = await leader.get('/api/plans/00000000-0000-4000-8000-000000000000/export?format=pdf');
    expect(missing.status).toBe(404);
  });

  it('describes both file types in the API document', async () => {
    const res = await h.client().get('/api/openapi.json');
    const operation = res.body.paths['/api/plans/{id}/export'].get;
    expect(Object.keys(operation.responses[200].content).sort()).toEqual(['application/pdf', docxType]);
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['format', 'id']);
  });
});
