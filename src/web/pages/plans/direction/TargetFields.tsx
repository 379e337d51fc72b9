import { Fieldset, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { targetComparators, targetKinds } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { fieldId, previewTarget, type TargetDraft, targetKey } from './measureDraft';

type Props = {
  row: number;
  year: number;
  yearLabel: string;
  target: TargetDraft;
  baseline: string;
  unit: string;
  onChange: (target: TargetDraft) => void;
  error: (key: string) => string | undefined;
};

/** One year's target: a level or a change from baseline, and what it works out to as it is typed. */
export function TargetFields({ row, year, yearLabel, target, baseline, unit, onChange, error }: Props) {
  const { t } = useTranslation();
  const preview = previewTarget(target, baseline, unit);
  const key = (field: keyof TargetDraft | 'year') => targetKey(row, year, field);
  return (
    <Fieldset
      legend={t('plans.measures.form.targetYear', { year: yearLabel })}
      style={{ flex: '1 1 220px' }}
      styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      <Group gap="xs" align="flex-start" wrap="wrap">
        <NativeSelect
          id={fieldId(key('kind'))}
          label={t('plans.measures.form.kind')}
          value={target.kind}
          onChange={(e) => onChange({ ...target, kind: e.currentTarget.value as TargetDraft['kind'] })}
          data={targetKinds.map((kind) => ({ value: kind, label: t(`plans.measures.form.kinds.${kind}`) }))}
          error={error(key('kind'))}
          style={{ flex: '1 1 160px' }}
        />
        {target.kind === 'absolute' && (
          <NativeSelect
            id={fieldId(key('comparator'))}
            label={t('plans.measures.form.comparator')}
            value={target.comparator}
            onChange={(e) =>
              onChange({ ...target, comparator: e.currentTarget.value as TargetDraft['comparator'] })
            }
            data={targetComparators.map((c) => ({
              value: c,
              label: t(`plans.measures.form.comparators.${c}`),
            }))}
            error={error(key('comparator'))}
            style={{ flex: '1 1 110px' }}
          />
        )}
        <TextInput
          id={fieldId(key('value'))}
          label={t(
            target.kind === 'change' ? 'plans.measures.form.valueChange' : 'plans.measures.form.value',
          )}
          inputMode="decimal"
          value={target.value}
          onChange={(e) => onChange({ ...target, value: e.currentTarget.value })}
          error={error(key('value')) ?? error(key('year'))}
          style={{ flex: '1 1 90px' }}
        />
      </Group>
      <Text
        component="output"
        htmlFor={fieldId(key('value'))}
        size="sm"
        mt={6}
        display="block"
        aria-live="polite"
      >
        {preview ? t('plans.measures.form.computed', { text: preview }) : t('plans.measures.form.noTarget')}
      </Text>
    </Fieldset>
  );
}
