import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { QuarterlyReport } from '../../../shared/schemas/quarterly-report';
import { ApiError } from '../../api/client';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { Notice } from '../admin/common/Notice';
import { monitoringKey } from '../monitoring/api';
import { useSaveNarrative } from './api';

/**
 * The team's own account of the quarter. Those who may write it get an editor that saves with the version
 * it started from; when someone else saved first, their text can be loaded without losing sight of one's own.
 */
export function NarrativeSection({
  report,
  queried,
}: {
  report: QuarterlyReport;
  queried: string | undefined;
}) {
  const { t } = useTranslation();
  const { narrative } = report;
  return (
    <Card component="section" aria-labelledby="report-narrative">
      <Stack gap="sm">
        <Title order={2} id="report-narrative">
          {t('reports.narrative.title')}
        </Title>
        {report.abilities.editNarrative ? (
          <Editor report={report} queried={queried} />
        ) : narrative.text ? (
          <Paragraphs text={narrative.text} />
        ) : (
          <Text size="sm" c="gray.7">
            {t('reports.narrative.empty')}
          </Text>
        )}
        <LastSaved report={report} />
        {!report.abilities.editNarrative && (
          <Text size="sm" c="gray.7">
            {t('reports.narrative.readOnly')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Editor({ report, queried }: { report: QuarterlyReport; queried: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveNarrative(report.organization.id, queried);
  // The narrative the draft started from: its version goes with the save.
  const [base, setBase] = useState(report.narrative);
  const [draft, setDraft] = useState(report.narrative.text);
  const [saved, setSaved] = useState(false);
  const [adopt, setAdopt] = useState(false);
  const changed = draft.trim() !== base.text;
  const error = save.error;
  const conflict = error instanceof ApiError && error.status === 409;

  // A newer narrative from the server replaces the draft only when nothing is typed over it, or when the
  // writer asked for it after a conflict; unsaved words are never swapped out behind their back.
  const latest = report.narrative;
  useEffect(() => {
    if (latest.version === base.version) return;
    if (adopt || draft.trim() === base.text) {
      setBase(latest);
      setDraft(latest.text);
      setAdopt(false);
      save.reset();
    }
  }, [latest, base, draft, adopt, save]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      {
        period: report.period,
        narrative: draft,
        ...(base.version === null ? {} : { version: base.version }),
      },
      {
        onSuccess: (next) => {
          setBase(next.narrative);
          setDraft(next.narrative.text);
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('reports.narrative.label')}
          description={t('reports.narrative.description')}
          value={draft}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setSaved(false);
          }}
          autosize
          minRows={6}
          maxRows={20}
          maxLength={limits.quarterlyNarrativeMax}
          error={error instanceof ApiError ? error.fieldError('narrative') : undefined}
          maw={860}
        />
        <Group gap="md" align="center">
          <Button type="submit" loading={save.isPending} disabled={!changed}>
            {t('reports.narrative.save')}
          </Button>
          <Text size="sm" c="gray.7" role="status">
            {saved && !changed ? t('reports.narrative.saved') : changed ? t('reports.narrative.unsaved') : ''}
          </Text>
        </Group>
        {error && !(error instanceof ApiError && error.fieldError('narrative')) && (
          <Notice color="red" role="alert" maw={860}>
            <Text size="sm">{error.message}</Text>
            {conflict && (
              <Group gap="sm" mt="xs" align="center">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setAdopt(true);
                    void queryClient.invalidateQueries({ queryKey: monitoringKey(report.organization.id) });
                  }}
                >
                  {t('reports.narrative.loadLatest')}
                </Button>
                <Text size="sm">{t('reports.narrative.conflictHint')}</Text>
              </Group>
            )}
          </Notice>
        )}
      </Stack>
    </form>
  );
}

function LastSaved({ report }: { report: QuarterlyReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { updatedAt, updatedBy } = report.narrative;
  if (!updatedAt) return null;
  return (
    <Text size="sm" c="gray.7">
      {updatedBy
        ? t('reports.narrative.updated', { date: format.dateTime(updatedAt), name: updatedBy.name })
        : t('reports.narrative.updatedNoName', { date: format.dateTime(updatedAt) })}
    </Text>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <Stack gap="xs" maw={760}>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          // Paragraphs have no identity beyond their place in the text.
          // biome-ignore lint/suspicious/noArrayIndexKey: the text is replaced whole, never reordered
          <Text key={i} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </Text>
        ))}
    </Stack>
  );
}
