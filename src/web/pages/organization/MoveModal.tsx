import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { OrganizationKind } from '../../../shared/roles';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useMoveOrganization, useOrganizationList } from '../../api/organizations';
import { apiFieldErrors, formMessage } from '../../components/forms';
import { useTranslation } from '../../i18n';

/** Choose a new parent by searching; only organizations of the kind that may hold this one are offered. */
export function MoveModal({
  org,
  parentKind,
  opened,
  onClose,
}: {
  org: OrganizationDetail;
  parentKind: OrganizationKind;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [parentId, setParentId] = useState<string | null>(null);
  const options = useOrganizationList(
    { search: debounced || undefined, kind: parentKind, limit: 20 },
    opened,
  );
  const move = useMoveOrganization(org.id);
  const currentParent = org.parentId;
  const kindName = t(`app.kinds.${parentKind}`).toLowerCase();

  const data = (options.data ?? [])
    .filter((o) => o.id !== currentParent)
    .map((o) => ({ value: o.id, label: o.name, trail: o.trail.map((a) => a.name).join(' › ') }));
  const trails = new Map(data.map((d) => [d.value, d.trail]));

  const close = () => {
    setSearch('');
    setParentId(null);
    move.reset();
    onClose();
  };
  const error = apiFieldErrors(move.error).parentId;
  const message = formMessage(move.error, ['parentId']);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened={opened}
      onClose={close}
      title={t('directory.manage.moveTitle', { name: org.name })}
    >
      <Stack gap="md">
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <Select
          label={t('directory.manage.moveTo')}
          placeholder={t('directory.manage.movePlaceholder', { kind: kindName })}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server already matched the search; filtering again here would hide code and place matches.
          filter={({ options: all }) => all}
          data={data}
          value={parentId}
          onChange={setParentId}
          nothingFoundMessage={t('directory.manage.noMatches')}
          error={error}
          renderOption={({ option }) => (
            <div>
              <Text size="sm">{option.label}</Text>
              {trails.get(option.value) && (
                <Text size="xs" c="gray.7">
                  {trails.get(option.value)}
                </Text>
              )}
            </div>
          )}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('app.cancel')}
          </Button>
          <Button
            disabled={!parentId}
            loading={move.isPending}
            onClick={() => parentId && move.mutate({ parentId, version: org.version }, { onSuccess: close })}
          >
            {t('directory.manage.moveSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
