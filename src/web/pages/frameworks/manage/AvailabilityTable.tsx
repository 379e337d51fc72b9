import { Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type {
  AvailabilitySetting,
  AvailabilityStatus,
  FrameworkSummary,
} from '../../../../shared/schemas/framework';
import type { OrganizationDetail } from '../../../../shared/schemas/organization';
import { AnchorLink } from '../../../components/links';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../../admin/common/DataTable';
import { Notice } from '../../admin/common/Notice';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { useAvailability, useFrameworks, useSetAvailability } from '../api';

type Choice = AvailabilityStatus | '';

export function Availability({ org }: { org: OrganizationDetail }) {
  const frameworks = useFrameworks(org.id);
  const availability = useAvailability(org.id);
  if (frameworks.error) return <ErrorState error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  if (availability.error)
    return <ErrorState error={availability.error} onRetry={() => availability.refetch()} />;
  if (!frameworks.data || !availability.data) return <Loading />;
  const published = frameworks.data.filter((f) => f.status === 'published' && f.latest);
  return <AvailabilityForm org={org} frameworks={published} settings={availability.data} />;
}

/** One choice per published framework; saving replaces this organization's own list. */
function AvailabilityForm({
  org,
  frameworks,
  settings,
}: {
  org: OrganizationDetail;
  frameworks: FrameworkSummary[];
  settings: AvailabilitySetting[];
}) {
  const { t } = useTranslation();
  const save = useSetAvailability(org.id);
  const own = (list: AvailabilitySetting[]) =>
    Object.fromEntries(list.filter((s) => s.setBy.id === org.id).map((s) => [s.frameworkKey, s.status]));
  const [choices, setChoices] = useState<Record<string, Choice>>(() => own(settings));
  const [saved, setSaved] = useState(false);
  const inherited = settings.filter((s) => s.setBy.id !== org.id);

  const submit = () => {
    setSaved(false);
    const items = Object.entries(choices)
      .filter((entry): entry is [string, AvailabilityStatus] => entry[1] !== '')
      .map(([frameworkKey, status]) => ({ frameworkKey, status }));
    save.mutate(
      { items },
      {
        onSuccess: (result) => {
          setChoices(own(result.items));
          setSaved(true);
        },
      },
    );
  };

  return (
    <>
      <DataTable caption={t('frameworks.manage.availabilityCaption', { name: org.name })} minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('frameworks.manage.framework')}</Table.Th>
            <Table.Th scope="col" w={260}>
              {t('frameworks.manage.setting')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {frameworks.map((framework) => {
            const above = inherited.filter((s) => s.frameworkKey === framework.key);
            return (
              <Table.Tr key={framework.key}>
                <Table.Td>
                  <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: framework.id }} fw={600}>
                    {framework.title}
                  </AnchorLink>
                  <Text size="xs" c="gray.7">
                    {framework.key} · {t('frameworks.version', { version: framework.version })}
                  </Text>
                  {above.map((s) => (
                    <Text size="xs" c="gray.7" key={s.setBy.id}>
                      {t(`frameworks.manage.inherited.${s.status}`, { name: s.setBy.name })}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('frameworks.manage.settingOf', { title: framework.title })}
                    value={choices[framework.key] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value as Choice;
                      setSaved(false);
                      setChoices((c) => ({ ...c, [framework.key]: value }));
                    }}
                    data={[
                      { value: '', label: t('frameworks.availability.notSet') },
                      { value: 'available', label: t('frameworks.availability.available') },
                      { value: 'required', label: t('frameworks.availability.required') },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      {save.error && (
        <Notice color="red" role="alert">
          {save.error.message}
        </Notice>
      )}
      {saved && (
        <StatusMessage onClose={() => setSaved(false)}>
          {t('frameworks.manage.availabilitySaved')}
        </StatusMessage>
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {t('frameworks.manage.saveAvailability')}
        </Button>
      </Group>
    </>
  );
}
