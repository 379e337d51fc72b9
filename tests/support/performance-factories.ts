import { count, eq, inArray } from 'drizzle-orm';
import { createMetric } from '../../src/server/commands/performance/create-metric';
import { createItem } from '../../src/server/commands/plans/create-item';
import { runInSystemTransaction } from '../../src/server/commands/system';
import { observations, organizations } from '../../src/server/db/schema';
import type { Services } from '../../src/server/http/env';
import { loadPlan } from '../../src/server/plans/load';
import type { OrganizationRow } from '../../src/server/queries/organizations';
import type { CreateMetricInput, ImportMapping } from '../../src/shared/schemas/performance';
import type { Response, TestClient } from './client';
import type { Harness } from './harness';
import { makePlan } from './plan-factories';

let counter = 0;

/** A metric in an organization's catalogue, through the create command; a unique code unless told. */
export async function makeMetric(
  services: Services,
  organization: OrganizationRow,
  fields: Partial<CreateMetricInput> = {},
) {
  const n = ++counter;
  return runInSystemTransaction(services, (ctx) =>
    createMetric(ctx, {
      code: `M${n}-${Date.now().toString(36)}`,
      name: `Metric ${n}`,
      kind: 'lagging',
      unit: 'percent',
      better: 'higher',
      ...fields,
      organization,
    }),
  );
}

/** Gives an organization a code, as the organization form would. */
export async function setCode(services: Services, organization: OrganizationRow, code: string) {
  await services.database.db.update(organizations).set({ code }).where(eq(organizations.id, organization.id));
  return { ...organization, code };
}

export async function observationCount(services: Services, organizationIds: string[]) {
  const [row] = await services.database.db
    .select({ n: count() })
    .from(observations)
    .where(inArray(observations.organizationId, organizationIds));
  return row.n;
}

/** CSV text from rows of cells, quoting cells that need it. */
export function csv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function importForm(
  file: { name: string; content: string | Uint8Array },
  mapping?: Partial<ImportMapping>,
) {
  const form = new FormData();
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), file.name);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  return form;
}

/** Posts a multipart form with the client's session cookie and CSRF token, or its API token. */
export async function postForm(
  h: Harness,
  client: TestClient,
  path: string,
  form: FormData,
): Promise<Response> {
  const headers: Record<string, string> = {};
  const cookie = (client as unknown as { cookie: string | null }).cookie;
  if (cookie) headers.cookie = cookie;
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
  if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
  const res = await h.app.request(path, { method: 'POST', headers, body: form });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, body, headers: res.headers };
}

/**
 * A school's plan (2026–27 for three years) with one goal measure in two rows, all students (baseline 42;
 * at least 50 in 2026–27, +10 in 2027–28) and Grade 7 (baseline 30; at least 35 in 2026–27), and one
 * strategy measure (baseline 10; at least 20 in 2026–27).
 */
export async function makeMeasuredPlan(services: Services, organization: OrganizationRow) {
  const { plan } = await makePlan(services, { organization });
  return runInSystemTransaction(services, async (ctx) => {
    const loaded = await loadPlan(ctx.tx, plan.id, { lock: true });
    const goal = await createItem(ctx, {
      loaded,
      kind: 'goal',
      values: { statement: 'Raise reading proficiency in the middle grades.', explanation: null },
    });
    const goalMeasure = await createItem(ctx, {
      loaded,
      kind: 'measure',
      values: {
        goalId: goal.id,
        indicator: 'Students proficient on the reading benchmark',
        unit: '%',
        rows: [
          {
            label: null,
            baseline: 42,
            baselineAsOf: null,
            targets: [
              { year: 2026, kind: 'absolute', comparator: 'at_least', value: 50 },
              { year: 2027, kind: 'change', comparator: 'at_least', value: 10 },
            ],
          },
          {
            label: 'Grade 7',
            baseline: 30,
            baselineAsOf: null,
            targets: [{ year: 2026, kind: 'absolute', comparator: 'at_least', value: 35 }],
          },
        ],
      },
    });
    const priority = await createItem(ctx, {
      loaded,
      kind: 'priority',
      values: { title: 'Reading instruction', swotEntryIds: [], rootCauseIds: [], candidateIds: [] },
    });
    const strategy = await createItem(ctx, {
      loaded,
      kind: 'strategy',
      values: {
        priorityId: priority.id,
        title: 'Guided reading in every classroom',
        practiceCodes: [],
        goalIds: [],
      },
    });
    const strategyMeasure = await createItem(ctx, {
      loaded,
      kind: 'measure',
      values: {
        strategyId: strategy.id,
        indicator: 'Classrooms observed running guided reading',
        unit: '%',
        rows: [
          {
            label: null,
            baseline: 10,
            baselineAsOf: null,
            targets: [{ year: 2026, kind: 'absolute', comparator: 'at_least', value: 20 }],
          },
        ],
      },
    });
    return { plan, goal, strategy, goalMeasure, strategyMeasure };
  });
}
