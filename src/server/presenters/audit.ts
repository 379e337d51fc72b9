import type { AuditEvent } from '../../shared/schemas/audit';
import type { AuditListRow } from '../queries/audit';

export function presentAuditEvent({ event, organizationName, actorName }: AuditListRow): AuditEvent {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actorPersonId ? { id: event.actorPersonId, name: actorName ?? '' } : null,
    tokenId: event.actorTokenId,
    organization: { id: event.organizationId as string, name: organizationName },
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: event.before,
    after: event.after,
    requestId: event.requestId,
  };
}
