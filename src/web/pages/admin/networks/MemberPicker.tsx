import { MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useOrganizationList } from '../../../api/organizations';
import { useTranslation } from '../../../i18n';

type Option = { value: string; label: string; context: string };

type Props = {
  organizationId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of members already chosen, so their pills read as names before any search runs. */
  initial: { id: string; name: string }[];
  error?: string;
};

/** Searches the schools and districts below the owner; a network may only gather those. */
export function MemberPicker({ organizationId, value, onChange, initial, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useOrganizationList(
    debounced ? { search: debounced, limit: 50 } : { parentId: organizationId, limit: 50 },
  );
  const [known, setKnown] = useState<Map<string, Option>>(
    () => new Map(initial.map((m) => [m.id, { value: m.id, label: m.name, context: '' }])),
  );

  const found = useMemo(
    () =>
      (results.data ?? [])
        .filter((o) => o.id !== organizationId && o.kind !== 'state' && !o.archived)
        .filter((o) => o.trail.some((step) => step.id === organizationId))
        .map((o) => ({ value: o.id, label: o.name, context: o.trail.map((step) => step.name).join(' › ') })),
    [results.data, organizationId],
  );

  // Chosen members stay in the data (their pills need labels); the dropdown lists only this search's matches.
  const data = useMemo(() => {
    const chosen = value
      .filter((id) => !found.some((o) => o.value === id))
      .map((id) => known.get(id) ?? { value: id, label: id, context: '' });
    return [...found, ...chosen];
  }, [known, found, value]);

  const change = (ids: string[]) => {
    setKnown((current) => {
      const next = new Map(current);
      for (const id of ids) {
        const option = data.find((o) => o.value === id);
        if (option) next.set(id, option);
      }
      return next;
    });
    onChange(ids);
  };

  const contexts = new Map(data.map((o) => [o.value, o.context]));
  return (
    <MultiSelect
      label={t('admin.networks.members')}
      description={t('admin.networks.membersHelp')}
      placeholder={value.length ? undefined : t('admin.networks.membersPlaceholder')}
      data={data.map(({ value: v, label }) => ({ value: v, label }))}
      value={value}
      onChange={change}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      hidePickedOptions
      clearable
      clearButtonProps={{ 'aria-label': t('admin.networks.clearMembers') }}
      nothingFoundMessage={results.isFetching ? t('app.loading') : t('admin.networks.noMatches')}
      error={error}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {contexts.get(option.value) && (
            <Text size="xs" c="gray.7">
              {contexts.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
    />
  );
}
