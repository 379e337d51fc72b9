import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../common/DataTable';
import { useFormat } from '../common/format';
import type { AuditEvent } from '../types';
import { diffSnapshots, type FieldChange, humanize } from './diff';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function Value({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (value === undefined) return <Text c="gray.7">{t('admin.audit.absent')}</Text>;
  if (value === null || value === '') return <Text c="gray.7">{t('admin.audit.empty')}</Text>;
  const text = isoInstant.test(value) ? format.preciseDateTime(value) : value;
  return <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Text>;
}

const marks: Record<Exclude<FieldChange['kind'], 'unchanged'>, string> = {
  added: 'throughline',
  removed: 'red',
  changed: 'yellow',
};

/** A creation or deletion has one side only: list its values plainly rather than marking every field. */
function Snapshot({
  changes,
  side,
  caption,
}: {
  changes: FieldChange[];
  side: 'before' | 'after';
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} minWidth={480} withTableBorder verticalSpacing={6} bg="white">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="30%">
            {t('admin.audit.field')}
          </Table.Th>
          <Table.Th scope="col">{t('admin.audit.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Th scope="row" fw={500}>
              {humanize(change.field)}
            </Table.Th>
            <Table.Td>
              <Value value={change[side]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

/** Before and after of one event, field by field: the changed fields, tinted and labelled; the rest on request. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const changes = diffSnapshots(event.before, event.after);
  if (changes.length === 0) return <Text c="gray.7">{t('admin.audit.noDetails')}</Text>;
  if (event.before == null) {
    return <Snapshot changes={changes} side="after" caption={t('admin.audit.createdCaption')} />;
  }
  if (event.after == null) {
    return <Snapshot changes={changes} side="before" caption={t('admin.audit.removedCaption')} />;
  }

  const changed = changes.filter((c) => c.kind !== 'unchanged');
  const unchanged = changes.filter((c) => c.kind === 'unchanged');
  const rows = showUnchanged ? [...changed, ...unchanged] : changed;
  return (
    <Stack gap="xs" align="flex-start">
      <DataTable
        caption={t('admin.audit.diffCaption', { count: changed.length })}
        minWidth={560}
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        bg="white"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="24%">
              {t('admin.audit.field')}
            </Table.Th>
            <Table.Th scope="col">{t('admin.audit.before')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((change) => (
            <Table.Tr
              key={change.field}
              bg={change.kind === 'unchanged' ? undefined : `${marks[change.kind]}.0`}
            >
              <Table.Th scope="row" fw={change.kind === 'unchanged' ? 400 : 600}>
                {humanize(change.field)}
                {change.kind !== 'unchanged' && (
                  <Badge ml="xs" size="xs" variant="light" color={marks[change.kind]} c="dark.9">
                    {t(`admin.audit.kinds.${change.kind}`)}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <Value value={change.before} />
              </Table.Td>
              <Table.Td>
                <Value value={change.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {unchanged.length > 0 && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setShowUnchanged((shown) => !shown)}
          aria-expanded={showUnchanged}
        >
          {t(showUnchanged ? 'admin.audit.hideUnchanged' : 'admin.audit.showUnchanged', {
            count: unchanged.length,
          })}
        </Button>
      )}
    </Stack>
  );
}
