import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import type { Member } from '../types';
import { type AuditFilterValues, datesInOrder, emptyFilters } from './api';
import { auditActions, auditEntityTypes, useAuditLabels } from './labels';

type Props = {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  members: Member[];
  /** Entity types and actions seen in loaded events, so the lists also offer ones this page has no name for. */
  seen: { entityTypes: string[]; actions: string[] };
};

export function AuditFilters({ value, onChange, members, seen }: Props) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const entityTypes = [...new Set([...auditEntityTypes, ...seen.entityTypes])];
  const actions = [...new Set([...auditActions, ...seen.actions])];
  const dateError = datesInOrder(value) ? undefined : t('admin.audit.dateOrder');

  return (
    <form aria-label={t('admin.audit.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Select
            label={t('admin.audit.entityType')}
            placeholder={t('admin.audit.any')}
            data={entityTypes.map((type) => ({ value: type, label: labels.entity(type) }))}
            value={value.entityType}
            onChange={(entityType) => set({ entityType })}
            clearable
            clearButtonProps={{
              'aria-label': t('admin.common.clear', { field: t('admin.audit.entityType') }),
            }}
          />
          <Select
            label={t('admin.audit.action')}
            placeholder={t('admin.audit.any')}
            data={actions.map((action) => ({ value: action, label: labels.action(action) }))}
            value={value.action}
            onChange={(action) => set({ action })}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.common.clear', { field: t('admin.audit.action') }) }}
            searchable
          />
          <Select
            label={t('admin.audit.person')}
            placeholder={t('admin.audit.anyone')}
            data={members
              .map((m) => ({ value: m.person.id, label: m.person.name }))
              .filter((option, index, all) => all.findIndex((o) => o.value === option.value) === index)}
            value={value.personId}
            onChange={(personId) => set({ personId })}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.common.clear', { field: t('admin.audit.person') }) }}
            searchable
            nothingFoundMessage={t('admin.audit.noPerson')}
          />
          <TextInput
            type="date"
            label={t('admin.audit.from')}
            value={value.from}
            onChange={(event) => set({ from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('admin.audit.to')}
            value={value.to}
            onChange={(event) => set({ to: event.currentTarget.value })}
            error={dateError}
          />
        </SimpleGrid>
        <Group justify="space-between">
          <Checkbox
            label={t('admin.audit.includeDescendants')}
            checked={value.includeDescendants}
            onChange={(event) => set({ includeDescendants: event.currentTarget.checked })}
          />
          <Button variant="default" onClick={() => onChange(emptyFilters)}>
            {t('admin.audit.clearFilters')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
