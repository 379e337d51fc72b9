import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanChange } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';

const order = ['added', 'removed', 'changed'] as const;

// Words carry the change; colour only repeats it. Each pairs shade 9 text with its light tint.
const colors: Record<PlanChange['change'], string> = { added: 'green', removed: 'red', changed: 'indigo' };

/** Changes grouped as added, removed and changed, each in the plan's document order. */
export function DiffList({ changes }: { changes: readonly PlanChange[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {order.map((kind) => {
        const group = changes.filter((c) => c.change === kind);
        if (group.length === 0) return null;
        return (
          <Stack key={kind} gap="sm" component="section" aria-labelledby={`diff-${kind}`}>
            <Title order={3} size="h4" id={`diff-${kind}`}>
              {t(`planReview.history.compare.groups.${kind}`, { count: group.length })}
            </Title>
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.map((change, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: changes have no ids; the list is rebuilt whole
                <li key={index}>
                  <ChangeEntry change={change} />
                </li>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}

function ChangeEntry({ change }: { change: PlanChange }) {
  const { t } = useTranslation();
  const item = change.number ? `${change.entity} ${change.number}` : change.entity;
  const value = (text: string | null) =>
    text === null || text === '' ? (
      <Text component="span" size="sm" c="gray.7" fs="italic">
        {t('planReview.history.compare.empty')}
      </Text>
    ) : (
      text
    );
  return (
    <Stack gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Group gap="xs" wrap="wrap" align="baseline">
        <Badge color={colors[change.change]} c={`${colors[change.change]}.9`} tt="none" variant="light">
          {t(`planReview.history.compare.change.${change.change}`)}
        </Badge>
        <Text fw={650}>{item}</Text>
        {change.label && change.label !== item && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {change.label}
          </Text>
        )}
      </Group>
      {change.fields.length > 0 && (
        <DataTable
          caption={t('planReview.history.compare.fieldsCaption', { item })}
          minWidth={520}
          withTableBorder
          fz="sm"
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="22%">
                {t('planReview.history.compare.field')}
              </Table.Th>
              <Table.Th scope="col" w="39%">
                {t('planReview.history.compare.before')}
              </Table.Th>
              <Table.Th scope="col" w="39%">
                {t('planReview.history.compare.after')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {change.fields.map((field) => (
              <Table.Tr key={field.field}>
                <Table.Th scope="row" fw={600}>
                  {field.field}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {value(field.before)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {value(field.after)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
