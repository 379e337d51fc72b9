import { ActionIcon, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../common/DataTable';
import { nowrap, useFormat } from '../common/format';
import type { AuditEvent } from '../types';
import { AuditDiff } from './AuditDiff';
import { useAuditLabels } from './labels';

function entityName(event: AuditEvent): string | null {
  for (const snapshot of [event.after, event.before]) {
    if (snapshot && typeof snapshot === 'object') {
      const record = snapshot as Record<string, unknown>;
      const name = record.name ?? record.email;
      if (typeof name === 'string') return name;
    }
  }
  return null;
}

/** Events newest first; each row opens to show what the event changed. */
export function AuditTable({ events, caption }: { events: AuditEvent[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useAuditLabels();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const who = (event: AuditEvent) => {
    if (event.actor && event.tokenId) return t('admin.audit.viaToken', { name: event.actor.name });
    if (event.actor) return event.actor.name;
    return event.tokenId ? t('admin.audit.apiToken') : t('admin.audit.system');
  };

  return (
    <DataTable caption={caption} minWidth={720} verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={56}>
            {t('admin.audit.details')}
          </Table.Th>
          <Table.Th scope="col">{t('admin.audit.time')}</Table.Th>
          <Table.Th scope="col">{t('admin.audit.who')}</Table.Th>
          <Table.Th scope="col">{t('admin.audit.organization')}</Table.Th>
          <Table.Th scope="col">{t('admin.audit.entity')}</Table.Th>
          <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => {
          const expanded = open.has(event.id);
          const name = entityName(event);
          const detailsId = `audit-details-${event.id}`;
          return (
            <Fragment key={event.id}>
              <Table.Tr>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    aria-label={t('admin.audit.showDetails', {
                      action: labels.action(event.action),
                      entity: name ?? labels.entity(event.entityType),
                      time: format.dateTime(event.occurredAt),
                    })}
                    onClick={() => toggle(event.id)}
                  >
                    <span
                      aria-hidden
                      style={{ display: 'inline-block', transform: expanded ? 'rotate(90deg)' : undefined }}
                    >
                      ▶
                    </span>
                  </ActionIcon>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                </Table.Td>
                <Table.Td>{who(event)}</Table.Td>
                <Table.Td>{event.organization.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {labels.entity(event.entityType)}
                  </Text>
                  {name && (
                    <Text size="sm" c="gray.7">
                      {name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{labels.action(event.action)}</Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr id={detailsId} bg="gray.0">
                  <Table.Td colSpan={6} p="md">
                    <AuditDiff event={event} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
