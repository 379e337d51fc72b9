import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import type { StatusInput, StatusReport, StatusSheet } from '../../../shared/schemas/monitoring';
import { ApiError } from '../../api/client';
import { apiFieldErrors, type FieldErrors } from '../../components/forms';
import { useTranslation } from '../../i18n';
import { Notice } from '../admin/common/Notice';
import { useAnnounce } from '../plans/tree/announce';
import { focusFirstError } from '../plans/tree/focus';
import { postStatus, type SheetParams, useStatusSaved } from './api';
import { dayLabel, localToday, monthLabel } from './periods';
import { conflictReport, StatusRow } from './StatusRow';
import { draftErrors, draftInput, groupRows, isReady, sheetCounts } from './statusDraft';
import type { StatusDrafts } from './useStatusDrafts';

type Props = {
  organizationId: string;
  sheet: StatusSheet;
  params: SheetParams;
  drafts: StatusDrafts;
};

/**
 * The month's actions grouped by strategy and milestone, with one "Save all" that sends each ready row
 * on its own: rows that save show it, rows that fail keep what was typed and say why beside the field.
 */
export function StatusSheetForm({ organizationId, sheet, params, drafts }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const saved = useStatusSaved(organizationId, params);

  const counts = sheetCounts(sheet.items);
  const month = monthLabel(sheet.period, i18n.language);
  const overdue = localToday() > sheet.dueDate && counts.missing > 0;
  const reportable = sheet.items.filter((row) => row.abilities.report);
  const ready = reportable.filter((row) => isReady(row, drafts.draftOf(row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (ready.length === 0) {
      setSummary(t('monitoring.status.nothingToSave'));
      announce(t('monitoring.status.nothingToSave'));
      return;
    }
    const errors: Record<string, FieldErrors> = {};
    const failed: Record<string, unknown> = {};
    const versions: Record<string, number> = {};
    const sending = ready.filter((row) => {
      const problems = draftErrors(drafts.draftOf(row), sheet.period);
      if (problems) {
        errors[row.actionId] = problems;
        const issues = Object.entries(problems).map(([path, message]) => ({ path, message }));
        failed[row.actionId] = new ApiError(400, t('monitoring.status.fix'), issues);
      }
      return !problems;
    });
    setSaving(true);
    const results = await Promise.allSettled(
      sending.map((row) =>
        postStatus(row.actionId, draftInput(drafts.draftOf(row), sheet.period) as StatusInput),
      ),
    );
    setSaving(false);
    const reports: StatusReport[] = [];
    results.forEach((result, i) => {
      const row = sending[i];
      if (!row) return;
      if (result.status === 'fulfilled') {
        reports.push(result.value);
        return;
      }
      const error = result.reason;
      failed[row.actionId] = error;
      const fields = apiFieldErrors(error);
      if (Object.keys(fields).length > 0) errors[row.actionId] = fields;
      // The next save replaces the report that won, which the row now describes.
      const current = error instanceof ApiError && error.status === 409 ? conflictReport(error) : null;
      if (current) versions[row.actionId] = current.version;
    });
    drafts.settle({ saved: reports.map((r) => r.actionId), failed, errors, versions });
    const message =
      Object.keys(failed).length === 0
        ? t('monitoring.status.savedAll', { count: reports.length })
        : t('monitoring.status.savedSome', { count: reports.length, failed: Object.keys(failed).length });
    setSummary(message);
    announce(message);
    await saved(reports);
    if (Object.keys(errors).length > 0) focusFirstError(formRef.current);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Group gap="sm" wrap="wrap" align="center">
          <Text fw={600}>
            {t('monitoring.status.due', { month, date: dayLabel(sheet.dueDate, i18n.language) })}
          </Text>
          {overdue && (
            <Badge color="red.9" variant="filled" tt="none">
              {t('monitoring.status.overdue')}
            </Badge>
          )}
          <Text c="gray.7">
            {t('monitoring.status.counts', counts)}
            {counts.late > 0 && ` · ${t('monitoring.status.lateCount', { count: counts.late })}`}
          </Text>
        </Group>

        {sheet.items.length === 0 ? (
          <Notice color="gray" title={t('monitoring.status.emptyTitle')} maw={760}>
            <Text size="sm">{t(`monitoring.status.empty.${params.scope}`, { month })}</Text>
          </Notice>
        ) : (
          groupRows(sheet.items).map(({ strategy, milestones }) => (
            <Stack key={strategy.id} gap="md" component="section" aria-labelledby={`strategy-${strategy.id}`}>
              <Title order={2} id={`strategy-${strategy.id}`}>
                {t('monitoring.strategy', { number: strategy.number, title: strategy.title })}
              </Title>
              {milestones.map(({ milestone, rows }) => (
                <Stack key={milestone.id} gap="sm">
                  <div>
                    <Title order={3}>
                      {t('monitoring.milestone', { number: milestone.number, title: milestone.title })}
                    </Title>
                    {milestone.responsibleTeam && (
                      <Text size="sm" c="gray.7">
                        {t('monitoring.status.teamOf', { team: milestone.responsibleTeam })}
                      </Text>
                    )}
                  </div>
                  {rows.map((row) => (
                    <StatusRow
                      key={row.actionId}
                      row={row}
                      draft={drafts.draftOf(row)}
                      onChange={(draft, field) => drafts.change(row.actionId, draft, field)}
                      onDiscard={() => drafts.discard(row.actionId)}
                      errors={drafts.errors[row.actionId] ?? {}}
                      outcome={drafts.outcomes[row.actionId]}
                    />
                  ))}
                </Stack>
              ))}
            </Stack>
          ))
        )}

        {reportable.length > 0 && (
          <Paper withBorder p="md" bg="gray.0">
            <Group gap="md" wrap="wrap" align="center">
              <Button type="submit" loading={saving}>
                {t('monitoring.status.saveAll')}
              </Button>
              <Text size="sm" c="gray.7">
                {[summary, t('monitoring.status.readyCount', { count: ready.length })]
                  .filter(Boolean)
                  .join(' ')}
              </Text>
            </Group>
          </Paper>
        )}
      </Stack>
    </form>
  );
}
