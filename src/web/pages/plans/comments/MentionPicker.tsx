import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useMe } from '../../../api/hooks';
import { useTranslation } from '../../../i18n';
import { peopleOptions } from '../signatures/peopleOptions';
import { usePlanPeople } from '../tree/usePlanPeople';

type Props = {
  planId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
};

/** Chooses people to notify about a comment: anyone who holds a role at the plan's organization or above. */
export function MentionPicker({ planId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const people = usePlanPeople(planId);
  const myId = me.data?.person.id;
  // Nobody mentions themselves.
  const data = useMemo(
    () => peopleOptions(people.data ?? [], new Set(myId ? [myId] : [])),
    [people.data, myId],
  );
  return (
    <MultiSelect
      label={t('planReview.comments.mention')}
      description={
        people.error
          ? t('planReview.signatures.request.peopleError', { message: people.error.message })
          : t('planReview.comments.mentionHelp')
      }
      placeholder={value.length === 0 ? t('planReview.comments.mentionPlaceholder') : undefined}
      nothingFoundMessage={t('planReview.comments.mentionNothingFound')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      openOnFocus={false}
      hidePickedOptions
      maxValues={20}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
