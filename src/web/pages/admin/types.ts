import type { z } from 'zod';
import type { createApiTokenResponse } from '../../../shared/schemas/api-token';
import type { createInvitationResponse } from '../../../shared/schemas/invitation';

/** Response shapes of the administration endpoints, from the schemas the server validates with. */
export type { ApiToken } from '../../../shared/schemas/api-token';
export type { AuditEvent, AuditPage } from '../../../shared/schemas/audit';
export type { Invitation, InvitationStatus } from '../../../shared/schemas/invitation';
export type { Network } from '../../../shared/schemas/network';
export type { ImportResult } from '../../../shared/schemas/organization-import';
export type { OutboxEmail } from '../../../shared/schemas/outbox';
export type { Member } from '../../../shared/schemas/people';

export type ApiTokenCreated = z.infer<typeof createApiTokenResponse>;
export type InvitationCreated = z.infer<typeof createInvitationResponse>;
export type List<T> = { items: T[] };
