import { Fieldset, Group, TextInput } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { PeriodView } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { DangerButton } from '../../admin/common/DangerButton';
import { fieldId, type RowDraft } from './measureDraft';
import { TargetFields } from './TargetFields';

type Props = {
  index: number;
  row: RowDraft;
  unit: string;
  period: PeriodView;
  onChange: (row: RowDraft) => void;
  onRemove?: () => void;
  error: (key: string) => string | undefined;
};

/** One row of a measure: the group it is for, its baseline, and a target for each plan year. */
export function RowFields({ index, row, unit, period, onChange, onRemove, error }: Props) {
  const { t } = useTranslation();
  const key = (field: string) => `rows.${index}.${field}`;
  return (
    <Fieldset variant="default" legend={t('plans.measures.form.row', { number: index + 1 })}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          id={fieldId(key('label'))}
          label={t('plans.measures.form.rowLabel')}
          description={t('plans.measures.form.rowLabelHelp')}
          maxLength={limits.shortTextMax}
          value={row.label}
          onChange={(e) => onChange({ ...row, label: e.currentTarget.value })}
          error={error(key('label'))}
          style={{ flex: '2 1 200px' }}
        />
        <TextInput
          id={fieldId(key('baseline'))}
          label={t('plans.measures.form.baseline')}
          description={unit ? `${t('plans.measures.form.unit')}: ${unit}` : undefined}
          inputMode="decimal"
          value={row.baseline}
          onChange={(e) => onChange({ ...row, baseline: e.currentTarget.value })}
          error={error(key('baseline'))}
          style={{ flex: '1 1 120px' }}
        />
        <TextInput
          id={fieldId(key('baselineAsOf'))}
          type="date"
          label={t('plans.measures.form.baselineAsOf')}
          value={row.baselineAsOf}
          onChange={(e) => onChange({ ...row, baselineAsOf: e.currentTarget.value })}
          error={error(key('baselineAsOf'))}
          style={{ flex: '1 1 160px' }}
        />
      </Group>
      <Group gap="sm" align="stretch" wrap="wrap" mt="sm">
        {period.yearLabels.map(({ year, label }, y) => {
          const target = row.targets[y];
          if (!target) return null;
          return (
            <TargetFields
              key={year}
              row={index}
              year={year}
              yearLabel={label}
              target={target}
              baseline={row.baseline}
              unit={unit}
              onChange={(next) =>
                onChange({ ...row, targets: row.targets.map((x, i) => (i === y ? next : x)) })
              }
              error={error}
            />
          );
        })}
      </Group>
      {onRemove && (
        <DangerButton
          mt="sm"
          onClick={onRemove}
          aria-label={t('plans.measures.form.removeRow', { number: index + 1 })}
        >
          {t('plans.direction.remove')}
        </DangerButton>
      )}
    </Fieldset>
  );
}
