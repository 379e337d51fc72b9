import { MultiSelect, Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from '../../../i18n';
import { clip } from './format';
import type { Priority } from './types';

type Goal = { id: string; number: string; statement: string };

/** The plan's goals a strategy serves, as "Goal 1: …". */
export const GoalPicker = memo(function GoalPicker({
  goals,
  value,
  onChange,
  error,
}: {
  goals: Goal[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={t('planTree.strategy.fields.goalIds')}
      description={
        goals.length ? t('planTree.strategy.fields.goalIdsHelp') : t('planTree.strategy.fields.noGoalsYet')
      }
      data={goals.map((goal) => ({
        value: goal.id,
        label: t('planTree.strategy.goalOption', { number: goal.number, statement: clip(goal.statement) }),
      }))}
      value={value}
      onChange={onChange}
      error={error}
      disabled={goals.length === 0}
      hidePickedOptions
      comboboxProps={{ withinPortal: true }}
    />
  );
});

/** The priority area a strategy sits under; choosing another moves it there. */
export const PrioritySelect = memo(function PrioritySelect({
  priorities,
  value,
  onChange,
  error,
}: {
  priorities: Priority[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('planTree.strategy.fields.priority')}
      description={t('planTree.strategy.fields.priorityHelp')}
      data={priorities.map((p) => ({
        value: p.id,
        label: t('planTree.strategy.priorityOption', { number: p.number, title: clip(p.title) }),
      }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
});
