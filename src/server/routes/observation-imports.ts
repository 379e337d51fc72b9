import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { limits } from '../../shared/limits';
import { errorSchema, idParam } from '../../shared/schemas/common';
import { importPreview, importResult, importRowError } from '../../shared/schemas/performance';
import { importObservations } from '../commands/performance/import-observations';
import { ApiError, badRequest } from '../http/errors';
import { requireActor, runCommand, runRead } from '../http/handler';
import { createRouter } from '../http/router';
import { previewObservationImport } from '../performance/import-preview';
import { authorizeOrganization } from '../policies/organization';
import { loadOrganization } from '../queries/organizations';
import { json, security, writeErrors } from './spec';

const tags = ['Performance data'];
const router = createRouter();

const upload = z.object({
  file: z
    .custom<File>((value) => value instanceof File, 'Attach a CSV or Excel (.xlsx) file.')
    .openapi({ type: 'string', format: 'binary' }),
  mapping: z.string().optional().openapi({
    description:
      'JSON of the mapping: which column holds metric, period, value, and optionally breakdown, organization and note.',
  }),
});
const uploadBody = {
  body: { content: { 'multipart/form-data': { schema: upload } }, required: true },
};

const fileHelp = `Send \`multipart/form-data\` with the file (CSV or .xlsx, at most ${limits.observationImportBytes / 1024 / 1024} MB and ${limits.observationImportRowsMax} rows) in \`file\` and the mapping as JSON in \`mapping\`. Row numbers count the header as row 1, as a spreadsheet does. A \`metric\` column holds metric codes; \`period\` a school year (2026), quarter (2026-Q2) or month (2026-11); \`organization\` (optional) codes of this organization or organizations below it, so a district can import for its schools.`;

/** The mapping field is JSON text; its problems are reported like the mapping's own. */
function mappingOf(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The mapping is not valid JSON.', [{ path: 'mapping', message: 'Not valid JSON.' }]);
  }
}

async function sourceOf(form: z.infer<typeof upload>) {
  return {
    fileName: form.file.name || 'upload',
    buffer: new Uint8Array(await form.file.arrayBuffer()),
    mapping: mappingOf(form.mapping),
  };
}

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/observation-imports/preview',
    tags,
    security,
    summary: 'Check an observations file without saving: columns, a suggested mapping, and every bad row',
    description: `${fileHelp} Without a mapping the answer has the columns, a guess at the mapping and the first rows; with one, it also counts the rows that would be saved and replaced and lists every bad row (up to ${limits.importErrorsListed}; \`errorCount\` is exact).`,
    request: { params: idParam, ...uploadBody },
    responses: { 200: json(importPreview), ...writeErrors },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const source = await sourceOf(c.req.valid('form'));
    const preview = await runRead(c, async (tx) => {
      const organization = await loadOrganization(tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      return previewObservationImport(tx, organization, source);
    });
    return c.json(preview, 200);
  },
);

router.openapi(
  createRoute({
    method: 'post',
    path: '/api/organizations/{id}/observation-imports',
    tags,
    security,
    summary: 'Import an observations file: every row is saved, or none',
    description: `${fileHelp} Without a mapping the guess from the column names is used. A file with any bad row saves nothing and answers 422 with every bad row; values already saved for the same metric, organization, period and breakdown are replaced. Written by the organization's leaders and team members, or a write-scope API token.`,
    request: { params: idParam, ...uploadBody },
    responses: {
      201: json(importResult, 'Imported'),
      ...writeErrors,
      422: json(
        errorSchema.extend({ errors: z.array(importRowError), errorCount: z.number().int() }),
        'The file has bad rows; nothing was imported',
      ),
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const source = await sourceOf(c.req.valid('form'));
    const outcome = await runCommand(c, async (ctx) => {
      const organization = await loadOrganization(ctx.tx, id);
      authorizeOrganization(actor, 'writePlan', organization);
      return importObservations(ctx, { ...source, organization });
    });
    if (outcome.status === 'failed') {
      const { errors, errorCount } = outcome;
      throw new ApiError(
        422,
        `The file has ${errorCount} ${errorCount === 1 ? 'problem' : 'problems'}; nothing was imported.`,
        errors.map((e) => ({
          path: 'file',
          message: `Row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`,
        })),
        { errors, errorCount },
      );
    }
    return c.json(outcome.result, 201);
  },
);

export default router;
