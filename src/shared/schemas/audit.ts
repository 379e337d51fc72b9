import { z } from 'zod';
import { limits } from '../limits';
import { id } from './common';

/** A calendar day as YYYY-MM-DD; days are UTC, the same for every reader wherever they sit. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine((v) => {
    const parsed = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(v);
  }, 'Enter a real date as YYYY-MM-DD.');

export const auditListQuery = z
  .object({
    entityType: z.string().trim().min(1).max(limits.searchMax).optional(),
    action: z.string().trim().min(1).max(limits.searchMax).optional(),
    personId: id.optional(),
    from: day.optional(),
    to: day.optional(),
    includeDescendants: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
    /** The `nextCursor` of the previous page. */
    before: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'The end date must be on or after the start date.',
  });
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEvent = z.object({
  id: z.string(),
  occurredAt: z.string(),
  /** Null for events recorded by the system itself (setup, demo loading). */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Set when the write came through an API token; `actor` is then the person who created the token. */
  tokenId: z.string().nullable(),
  organization: z.object({ id: z.string(), name: z.string() }),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditPage = z.object({ items: z.array(auditEvent), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPage>;
