import { Combobox, Group, InputBase, Loader, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { OrganizationKind, Role } from '../../shared/roles';
import type { Me } from '../../shared/schemas/auth';
import { useOrganizationList } from '../api/organizations';
import { SearchIcon } from '../components/icons';
import { useTranslation } from '../i18n';

type Option = { id: string; name: string; kind: OrganizationKind; detail: string };

/** Finds any organization the person can see among thousands, by name, code or place. */
export function OrganizationSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useOrganizationList({ search: debounced, limit: 20 }, debounced.length > 0);
  const searching = search.trim().length > 0;

  const roleNames = new Map<string, Role[]>();
  for (const m of me.memberships)
    roleNames.set(m.organizationId, [...(roleNames.get(m.organizationId) ?? []), m.role]);
  const memberships: Option[] = [...roleNames.entries()].map(([id, roles]) => {
    const m = me.memberships.find((x) => x.organizationId === id)!;
    return {
      id,
      name: m.organizationName,
      kind: m.organizationKind,
      detail: roles.map((r) => t(`app.roles.${r}`)).join(', '),
    };
  });
  const found: Option[] = (results.data ?? []).map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    detail: o.trail.map((a) => a.name).join(' › '),
  }));
  const options = searching ? found : memberships;
  const stale = searching && (debounced !== search.trim() || results.isFetching);

  // Enter picks the best match as soon as results arrive.
  useEffect(() => {
    if (searching && results.data?.length) combobox.selectFirstOption();
  }, [results.data, searching, combobox.selectFirstOption]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        setSearch('');
        combobox.closeDropdown();
        void navigate({ to: '/o/$orgId', params: { orgId: id } });
      }}
      position="bottom-start"
      shadow="md"
    >
      <Combobox.Target withExpandedAttribute>
        <InputBase
          aria-label={t('shell.switcher.label')}
          placeholder={t('shell.switcher.placeholder')}
          leftSection={<SearchIcon size={16} />}
          rightSection={stale ? <Loader size={14} aria-hidden="true" /> : null}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch('');
          }}
          radius="xl"
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }} aria-label={t('shell.switcher.label')}>
          <Combobox.Group label={searching ? t('shell.switcher.results') : t('shell.switcher.yours')}>
            {options.map((o) => (
              <Combobox.Option value={o.id} key={o.id}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600}>
                    {o.name}
                  </Text>
                  <Text size="xs" c="gray.7" style={{ flexShrink: 0 }}>
                    {t(`app.kinds.${o.kind}`)}
                  </Text>
                </Group>
                {o.detail && (
                  <Text size="xs" c="gray.7">
                    {o.detail}
                  </Text>
                )}
              </Combobox.Option>
            ))}
          </Combobox.Group>
          {searching && !stale && options.length === 0 && (
            // A listbox must hold options, so "nothing found" is one that cannot be chosen.
            <Combobox.Option value="" disabled>
              <Text size="sm" c="gray.7">
                {t('shell.switcher.noResults', { search: search.trim() })}
              </Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
        {!searching && (
          <Combobox.Footer>
            <Text size="xs" c="gray.7">
              {t('shell.switcher.typeToSearch')}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
