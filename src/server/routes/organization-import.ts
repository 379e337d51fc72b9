import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorSchema, idParam } from '../../shared/schemas/common';
import { importQuery, importResult as importResultSchema } from '../../shared/schemas/organization-import';
import type { Actor } from '../auth/actor';
import { importOrganizations } from '../commands/organizations/import';
import type { Tx } from '../db/client';
import { ApiError } from '../http/errors';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { planOrganizationImport } from '../import/organization-plan';
import { importResult } from '../import/organization-result';
import { readOrganizationRows } from '../import/organization-rows';
import { authorizeOrganization } from '../policies/organization';
import { loadImportContext } from '../queries/organization-import';
import { loadOrganization } from '../queries/organizations';
import { json, security, writeErrors } from './spec';

const tags = ['Organizations'];
const router = createRouter();

/** Loads the importing organization, checks the caller may add to it, then checks the whole file. */
async function check(tx: Tx, actor: Actor, id: string, text: string) {
  const root = await loadOrganization(tx, id);
  authorizeOrganization(actor, 'createChild', root);
  const read = readOrganizationRows(text);
  const context = await loadImportContext(
    tx,
    root,
    read.rows.map((r) => r.code),
  );
  return { read, plan: planOrganizationImport(read.rows, context) };
}

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/import',
    tags,
    security,
    summary: 'Import districts and schools from CSV (preview, then commit all or nothing)',
    description:
      'Send the file as `text/csv`. Columns: name, kind, parent, code, city_county, zip_code, phone, leader_name, contact_name, contact_email, district_liaison, essa_status, title_i_status, federal_designation (`name` and `kind` required). `mode=preview` (the default) only checks; `mode=commit` creates every row in one transaction, or nothing if any row has an error.',
    request: {
      params: idParam,
      query: importQuery,
      body: { content: { 'text/csv': { schema: z.string() } }, required: true },
    },
    responses: {
      200: json(importResultSchema),
      ...writeErrors,
      400: json(
        errorSchema.extend(importResultSchema.partial().shape),
        'Bad input; a commit whose file has errors also carries the full check result',
      ),
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const { mode } = c.req.valid('query');
    const type = c.req.header('content-type')?.split(';')[0].trim().toLowerCase();
    if (type !== 'text/csv') {
      throw new ApiError(415, 'Send the file as text/csv.', [
        { path: 'content-type', message: `Unsupported content type: ${type ?? 'none'}.` },
      ]);
    }
    const text = await c.req.text();
    if (mode === 'preview') {
      const result = await runRead(c, async (tx) => {
        const { read, plan } = await check(tx, actor, id, text);
        return importResult(mode, read, plan, 0);
      });
      return c.json(result, 200);
    }
    const result = await runCommand(c, async (ctx) => {
      const { read, plan } = await check(ctx.tx, actor, id, text);
      const checked = importResult(mode, read, plan, 0);
      if (checked.errors.length > 0) {
        const count = checked.errors.length;
        throw new ApiError(
          400,
          `The file has ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`,
          checked.errors.map((e) => ({ path: e.path, message: `Row ${e.row}: ${e.message}` })),
          checked,
        );
      }
      const created = await importOrganizations(ctx, { planned: plan.planned });
      return { ...checked, created: created.length };
    });
    return c.json(result, 200);
  },
);

export default router;
