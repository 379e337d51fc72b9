import { useTranslation } from '../../../i18n';
import { humanize } from './diff';

/** The entity types and actions the server records; others still show, in words made from their names. */
export const auditEntityTypes = [
  'organization',
  'person',
  'membership',
  'invitation',
  'api_token',
  'network',
];
export const auditActions = [
  'create',
  'update',
  'archive',
  'restore',
  'move',
  'delete',
  'revoke',
  'accept',
  'import',
  'password_reset',
  'password_reset_requested',
];

export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    entity: (type: string) => t(`admin.audit.entities.${type}`, { defaultValue: humanize(type) }),
    action: (action: string) => t(`admin.audit.actions.${action}`, { defaultValue: humanize(action) }),
  };
}
