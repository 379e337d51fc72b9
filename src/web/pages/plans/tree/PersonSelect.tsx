import { Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from '../../../i18n';
import { usePlanPeople } from './usePlanPeople';

type Props = {
  planId: string;
  organization: string;
  /** Whoever is responsible now, shown even if they no longer hold a role there. */
  current: { id: string; name: string } | null;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
};

/** The person responsible for an action: someone holding a role at the plan's own organization. */
export const PersonSelect = memo(function PersonSelect({
  planId,
  organization,
  current,
  value,
  onChange,
  error,
}: Props) {
  const { t } = useTranslation();
  const people = usePlanPeople(planId);
  const options = useMemo(() => {
    const list = (people.data ?? [])
      .filter((p) => p.atPlanOrganization)
      .map((p) => ({ value: p.id, label: p.name }));
    if (current && !list.some((o) => o.value === current.id))
      list.push({ value: current.id, label: current.name });
    return list;
  }, [people.data, current]);
  return (
    <Select
      label={t('planTree.action.fields.responsiblePersonId')}
      description={
        people.error
          ? t('planTree.action.fields.peopleLoadError', { message: people.error.message })
          : t('planTree.action.fields.responsiblePersonHelp', { organization })
      }
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('planTree.action.fields.clearPerson') }}
      nothingFoundMessage={people.isPending ? t('app.loading') : t('planTree.action.fields.noPeople')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
});
