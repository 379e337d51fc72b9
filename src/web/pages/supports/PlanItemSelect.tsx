import { NativeSelect } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { PlanItemChoice } from './planItems';

/** A choice among the plan's strategies and milestones, milestones indented under their strategy. */
export function PlanItemSelect({
  id,
  label,
  description,
  choices,
  value,
  onChange,
  empty,
  error,
  required,
}: {
  id: string;
  label: string;
  description?: string;
  choices: PlanItemChoice[];
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty choice. */
  empty: string;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required={required}
      data={[
        { value: '', label: empty },
        ...choices.map((choice) => ({
          value: choice.value,
          label:
            choice.kind === 'strategy'
              ? t('supports.strategy', { number: choice.number, title: choice.title })
              : `\u00a0\u00a0\u00a0${t('supports.milestone', { number: choice.number, title: choice.title })}`,
        })),
      ]}
    />
  );
}
