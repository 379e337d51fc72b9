import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { limits } from '../../../shared/limits';
import { type Metric, type Observation, observationPeriod } from '../../../shared/schemas/performance';
import { ApiError } from '../../api/client';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { StatusMessage } from '../admin/common/StatusMessage';
import { ScrollTable } from '../assessments/ScrollTable';
import { PendingButton } from '../plans/SubmitButton';
import { currentSchoolYear } from '../plans/schoolYears';
import { useSaveObservations } from './api';
import { breakdownOf, type GridErrors, type GridRow, gridToBatch, serverGridErrors } from './entryGrid';
import { usePerformanceFormat } from './format';
import { periodParts } from './periods';

/** The breakdowns already recorded for the metric, overall first; a new metric starts with the overall row. */
function startingRows(observations: readonly Observation[]): GridRow[] {
  const breakdowns = [...new Set(observations.map((o) => o.breakdown))].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, undefined, { numeric: true }),
  );
  if (!breakdowns.includes('')) breakdowns.unshift('');
  return breakdowns.map((breakdown, key) => ({ key, breakdown, value: '' }));
}

/**
 * Hand entry of one period's values, a row per breakdown, saved in one batch: every value or none, with
 * each problem beside its cell.
 */
export function EntryGrid({
  organizationId,
  metric,
  observations,
}: {
  organizationId: string;
  metric: Metric;
  observations: Observation[];
}) {
  const { t } = useTranslation();
  const format = usePerformanceFormat();
  const save = useSaveObservations(organizationId);
  const [period, setPeriod] = useState(String(currentSchoolYear()));
  const [rows, setRows] = useState<GridRow[]>(() =>
    startingRows(observations).map((r) => ({ ...r, breakdown: format.breakdown(r.breakdown) })),
  );
  const [errors, setErrors] = useState<GridErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const nextKey = useRef(rows.length);
  const validPeriod = periodParts(period.trim()) !== null;

  const update = (index: number, change: Partial<GridRow>) => {
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
    const field = 'value' in change ? 'value' : 'breakdown';
    setErrors(({ [`rows.${index}.${field}`]: _, rows: __, ...rest }) => rest);
    setSaved(null);
  };
  const addRow = () => {
    const key = nextKey.current++;
    setRows((all) => [...all, { key, breakdown: '', value: '' }]);
    requestAnimationFrame(() => document.getElementById(`entry-breakdown-${key}`)?.focus());
  };
  const removeRow = (index: number) => {
    setRows((all) => all.filter((_, i) => i !== index));
    setErrors({});
    requestAnimationFrame(() => document.getElementById('entry-add-row')?.focus());
  };
  const recorded = (row: GridRow) =>
    observations.find(
      (o) => o.period === period.trim() && o.breakdown === breakdownOf(row.breakdown, format.allStudents),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const found: GridErrors = {};
    const parsed = observationPeriod.safeParse(period);
    if (!parsed.success) found.period = parsed.error.issues[0]?.message ?? '';
    const batch = gridToBatch(rows, metric.id, period.trim(), format.allStudents, {
      notANumber: t('performance.entry.notANumber'),
      duplicate: t('performance.entry.duplicate'),
      nothing: t('performance.entry.nothing'),
    });
    Object.assign(found, batch.errors);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    save.mutate(batch.items, {
      onSuccess: (result) => {
        setSaved(
          t('performance.entry.saved', {
            count: result.items.length,
            period: format.period(period.trim()),
          }),
        );
        setRows((all) => all.map((r) => ({ ...r, value: '' })));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setErrors(serverGridErrors(error.issues, batch.rowOfItem));
          focusFirstError();
        }
      },
    });
  };

  const unplaced = save.error && !(save.error instanceof ApiError && save.error.issues.length > 0);
  return (
    <form onSubmit={submit} noValidate className="entry-grid">
      <Stack gap="md">
        <TextInput
          id="entry-period"
          label={t('performance.entry.period')}
          description={
            validPeriod
              ? t('performance.entry.periodMeans', { period: format.period(period.trim()) })
              : t('performance.entry.periodHelp')
          }
          value={period}
          onChange={(e) => {
            setPeriod(e.currentTarget.value);
            setErrors(({ period: _, ...rest }) => rest);
            setSaved(null);
          }}
          error={errors.period}
          maw={320}
          required
        />
        <ScrollTable
          caption={t('performance.entry.caption', { name: metric.name })}
          minWidth={460}
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.entry.breakdown')}</Table.Th>
              <Table.Th scope="col">
                {t('performance.entry.value', { unit: t(`performance.units.${metric.unit}`) })}
              </Table.Th>
              <Table.Th scope="col">{t('performance.entry.rowActions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const name = row.breakdown.trim() || t('performance.entry.rowNumber', { number: index + 1 });
              const now = recorded(row);
              return (
                <Table.Tr key={row.key}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      id={`entry-breakdown-${row.key}`}
                      aria-label={t('performance.entry.breakdownLabel', { number: index + 1 })}
                      value={row.breakdown}
                      placeholder={t('performance.entry.breakdownPlaceholder')}
                      maxLength={limits.shortTextMax}
                      onChange={(e) => update(index, { breakdown: e.currentTarget.value })}
                      error={errors[`rows.${index}.breakdown`]}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      id={`entry-value-${row.key}`}
                      aria-label={t('performance.entry.valueLabel', { name })}
                      inputMode="decimal"
                      value={row.value}
                      onChange={(e) => update(index, { value: e.currentTarget.value })}
                      description={
                        now
                          ? t('performance.entry.recorded', { value: format.value(now.value, metric.unit) })
                          : undefined
                      }
                      error={errors[`rows.${index}.value`]}
                      maw={180}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => removeRow(index)}
                      aria-label={t('performance.entry.removeLabel', { name })}
                      disabled={rows.length === 1}
                    >
                      {t('performance.entry.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
        {errors.rows && (
          <Text c="red.9" size="sm" role="alert">
            {errors.rows}
          </Text>
        )}
        {unplaced && (
          <Notice color="red" role="alert">
            {save.error?.message}
          </Notice>
        )}
        {saved && <StatusMessage onClose={() => setSaved(null)}>{saved}</StatusMessage>}
        <Group>
          <Button id="entry-add-row" variant="default" onClick={addRow}>
            {t('performance.entry.addRow')}
          </Button>
          <PendingButton type="submit" pending={save.isPending}>
            {t('performance.entry.save')}
          </PendingButton>
        </Group>
      </Stack>
    </form>
  );
}

function focusFirstError() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('.entry-grid [aria-invalid="true"]')?.focus(),
  );
}
