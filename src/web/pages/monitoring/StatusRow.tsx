import {
  Box,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import type { StatusReport, StatusSheetRow } from '../../../shared/schemas/monitoring';
import { type ActionStatus, actionStatuses } from '../../../shared/schemas/monitoring-enums';
import { ApiError } from '../../api/client';
import type { FieldErrors } from '../../components/forms';
import { ChevronDownIcon, ChevronRightIcon } from '../../components/icons';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { ReportStateBadge, StatusBadge } from './badges';
import { dayLabel, monthLabel } from './periods';
import { isCarriedForward, needsExplanation, type StatusDraft, withStatus } from './statusDraft';
import { useAmount } from './usePercent';

export type RowOutcome = { saved: true } | { saved: false; error: unknown };

const detailFields = ['outputsDone', 'comment', 'resourcesUsed', 'budgetUsed'] as const;

type Props = {
  row: StatusSheetRow;
  draft: StatusDraft;
  onChange: (draft: StatusDraft, field: keyof StatusDraft) => void;
  onDiscard: () => void;
  errors: FieldErrors;
  outcome: RowOutcome | undefined;
};

/** One action's report for the month: status and progress in one line, the rest behind "Details". */
export function StatusRow({ row, draft, onChange, onDiscard, errors, outcome }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [open, setOpen] = useState(false);
  const base = `action-${row.actionId}`;
  const detailsOpen = open || detailFields.some((field) => errors[field]);

  const set = <K extends keyof StatusDraft>(field: K, value: StatusDraft[K]) =>
    onChange({ ...draft, [field]: value }, field);
  const text = (field: 'outputsDone' | 'comment' | 'cause' | 'adjustment' | 'resourcesUsed') => ({
    value: draft[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errors[field],
  });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={`${base}-title`} id={base}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Title order={4} id={`${base}-title`} fz="md">
              {t('monitoring.status.action', { number: row.number })}
            </Title>
            <Text size="sm">{row.description}</Text>
            <Text size="xs" c="gray.7">
              {[
                row.responsible.name ?? t('monitoring.status.nobody'),
                timeline(row, i18n.language, t('monitoring.status.noDates')),
              ].join(' · ')}
            </Text>
          </Stack>
          <ReportStateBadge reported={row.current !== null} late={row.late} />
        </Group>

        {row.current ? (
          <Reported report={row.current} />
        ) : (
          isCarriedForward(row) &&
          row.previous &&
          row.abilities.report && (
            <Text size="xs" c="gray.7">
              {t('monitoring.status.carried', {
                month: monthLabel(row.previous.period, i18n.language),
                status: t(`monitoring.statuses.${row.previous.status}`),
                percent: row.previous.percentComplete,
              })}
            </Text>
          )
        )}

        {row.abilities.report ? (
          <>
            <Group align="flex-start" gap="md" wrap="wrap">
              <Box>
                <Text component="div" id={`${base}-status`} size="sm" fw={500} mb={4}>
                  {t('monitoring.status.fields.status')}
                </Text>
                <SegmentedControl
                  aria-labelledby={`${base}-status`}
                  orientation={wide ? 'horizontal' : 'vertical'}
                  fullWidth={!wide}
                  size="sm"
                  value={draft.status ?? ''}
                  onChange={(value) => onChange(withStatus(draft, value as ActionStatus), 'status')}
                  data={actionStatuses.map((status) => ({
                    value: status,
                    label: t(`monitoring.statuses.${status}`),
                  }))}
                />
              </Box>
              <NumberInput
                label={t('monitoring.status.fields.percentComplete')}
                w={140}
                min={0}
                max={100}
                step={5}
                suffix=" %"
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={draft.percentComplete}
                onChange={(value) => set('percentComplete', value)}
                error={errors.percentComplete}
              />
              <Button
                variant="subtle"
                // In line with the inputs below their labels; on a phone it sits on its own line.
                mt={wide ? 24 : 0}
                leftSection={detailsOpen ? <ChevronDownIcon /> : <ChevronRightIcon />}
                aria-expanded={detailsOpen}
                aria-controls={detailsOpen ? `${base}-details` : undefined}
                onClick={() => setOpen(!detailsOpen)}
              >
                {t('monitoring.status.details')}
              </Button>
            </Group>

            {needsExplanation(draft.status) && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Textarea
                  label={t('monitoring.status.fields.cause')}
                  description={t('monitoring.status.fields.causeHelp')}
                  required
                  autosize
                  minRows={2}
                  {...text('cause')}
                />
                <Textarea
                  label={t('monitoring.status.fields.adjustment')}
                  description={t('monitoring.status.fields.adjustmentHelp')}
                  required
                  autosize
                  minRows={2}
                  {...text('adjustment')}
                />
              </SimpleGrid>
            )}

            {detailsOpen && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} id={`${base}-details`}>
                <Textarea
                  label={t('monitoring.status.fields.outputsDone')}
                  description={
                    row.outputs ? t('monitoring.status.fields.planned', { outputs: row.outputs }) : undefined
                  }
                  autosize
                  minRows={2}
                  {...text('outputsDone')}
                />
                <Textarea
                  label={t('monitoring.status.fields.comment')}
                  autosize
                  minRows={2}
                  {...text('comment')}
                />
                <TextInput
                  label={t('monitoring.status.fields.resourcesUsed')}
                  description={t('monitoring.status.fields.resourcesUsedHelp')}
                  {...text('resourcesUsed')}
                />
                <NumberInput
                  label={t('monitoring.status.fields.budgetUsed')}
                  description={t('monitoring.status.fields.budgetUsedHelp')}
                  min={0}
                  decimalScale={2}
                  thousandSeparator=","
                  allowNegative={false}
                  hideControls
                  value={draft.budgetUsed}
                  onChange={(value) => set('budgetUsed', value)}
                  error={errors.budgetUsed}
                />
              </SimpleGrid>
            )}
            <Outcome outcome={outcome} errors={errors} onDiscard={onDiscard} format={format} />
          </>
        ) : row.current ? (
          <ReportText report={row.current} />
        ) : (
          <Text size="sm" c="gray.7">
            {t('monitoring.status.notReported')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function timeline(row: StatusSheetRow, language: string, none: string) {
  const start = row.startDate ? dayLabel(row.startDate, language) : null;
  const end = row.endDate ? dayLabel(row.endDate, language) : null;
  if (!start && !end) return none;
  return `${start ?? '…'} – ${end ?? '…'}`;
}

/** This month's report as it stands, and who gave it. */
function Reported({ report }: { report: StatusReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <StatusBadge status={report.status} />
      <Text size="sm">{t('monitoring.status.percent', { percent: report.percentComplete })}</Text>
      <Text size="xs" c="gray.7">
        {report.reportedBy
          ? t('monitoring.status.reportedBy', {
              name: report.reportedBy.name,
              when: format.dateTime(report.reportedAt),
            })
          : t('monitoring.status.reportedAt', { when: format.dateTime(report.reportedAt) })}
      </Text>
    </Group>
  );
}

/** For readers who do not report: what the report says beyond its status. */
function ReportText({ report }: { report: StatusReport }) {
  const { t } = useTranslation();
  const amount = useAmount();
  const lines = (['outputsDone', 'cause', 'adjustment', 'resourcesUsed', 'comment'] as const).filter(
    (field) => report[field],
  );
  if (lines.length === 0 && report.budgetUsed === null) return null;
  return (
    <Stack gap={2}>
      {lines.map((field) => (
        <Text key={field} size="sm">
          <Text span size="sm" fw={600}>
            {t(`monitoring.status.fields.${field}`)}:
          </Text>{' '}
          {report[field]}
        </Text>
      ))}
      {report.budgetUsed !== null && (
        <Text size="sm">
          <Text span size="sm" fw={600}>
            {t('monitoring.status.fields.budgetUsed')}:
          </Text>{' '}
          {amount(report.budgetUsed)}
        </Text>
      )}
    </Stack>
  );
}

/** The result of the last save for this row; field messages are already beside their fields. */
function Outcome({
  outcome,
  errors,
  onDiscard,
  format,
}: {
  outcome: RowOutcome | undefined;
  errors: FieldErrors;
  onDiscard: () => void;
  format: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.saved)
    return (
      <Text size="sm" c="throughline.8" fw={500}>
        {t('monitoring.status.saved')}
      </Text>
    );
  const { error } = outcome;
  if (error instanceof ApiError && error.issues.some((issue) => errors[issue.path])) return null;
  const current = error instanceof ApiError && error.status === 409 ? conflictReport(error) : null;
  return (
    <Notice color="red" role="alert">
      {current ? (
        <>
          <Text size="sm">
            {t('monitoring.status.conflict', {
              name: current.reportedBy?.name ?? t('monitoring.status.someone'),
              when: format.dateTime(current.reportedAt),
              status: t(`monitoring.statuses.${current.status}`),
              percent: current.percentComplete,
            })}
          </Text>
          <Button size="xs" variant="default" mt="xs" onClick={onDiscard}>
            {t('monitoring.status.discard')}
          </Button>
        </>
      ) : (
        <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
      )}
    </Notice>
  );
}

/** The report that won, which a 409 carries so the page can say what it now holds. */
export function conflictReport(error: ApiError): StatusReport | null {
  const current = error.body.current;
  return current && typeof current === 'object' && 'status' in current ? (current as StatusReport) : null;
}
