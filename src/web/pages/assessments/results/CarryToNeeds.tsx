import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { AssessmentDetail, AssessmentResults } from '../../../../shared/schemas/assessment';
import { AnchorLink } from '../../../components/links';
import { ErrorState, Loading } from '../../../components/QueryState';
import { useTranslation } from '../../../i18n';
import { fieldError } from '../../admin/common/errors';
import { Notice } from '../../admin/common/Notice';
import { useCarryToNeeds, usePriorityCandidates } from '../api';
import { itemLabel, levelName } from '../common';

/** Chosen items become candidate priority areas of the organization's needs assessment; challenges come ticked. */
export function CarryToNeeds({ detail, results }: { detail: AssessmentDetail; results: AssessmentResults }) {
  const candidates = usePriorityCandidates(detail.organizationId);
  if (candidates.isPending) return <Loading />;
  if (candidates.error) return <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />;
  const carried = new Set(candidates.data.filter((c) => c.assessment.id === detail.id).map((c) => c.itemKey));
  return <CarryForm detail={detail} results={results} carried={carried} />;
}

function CarryForm({
  detail,
  results,
  carried,
}: {
  detail: AssessmentDetail;
  results: AssessmentResults;
  carried: Set<string>;
}) {
  const { t } = useTranslation();
  const carry = useCarryToNeeds(detail);
  const challenges = new Set(results.sections.flatMap((s) => s.challenges));
  const [chosen, setChosen] = useState<string[]>(
    results.items.filter((i) => challenges.has(i.key) && !carried.has(i.key)).map((i) => i.key),
  );
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) return setMissing(true);
    carry.mutate({ itemKeys: chosen, note: note.trim() || null });
  };

  if (carry.isSuccess)
    return (
      <Notice
        color="throughline"
        role="status"
        title={t('assessments.carry.doneTitle', { count: carry.data.items.length })}
      >
        <Stack gap="xs">
          <Text size="sm">{t('assessments.carry.doneBody')}</Text>
          <Group gap="md">
            <AnchorLink to="/o/$orgId/needs" params={{ orgId: detail.organizationId }} fw={600}>
              {t('assessments.carry.openNeeds')}
            </AnchorLink>
            <Button variant="subtle" size="compact-sm" onClick={() => carry.reset()}>
              {t('assessments.carry.again')}
            </Button>
          </Group>
        </Stack>
      </Notice>
    );

  return (
    <form onSubmit={submit} noValidate aria-label={t('assessments.carry.title')}>
      <Stack gap="md">
        <Checkbox.Group
          label={t('assessments.carry.items')}
          description={t('assessments.carry.itemsHelp')}
          value={chosen}
          onChange={(keys) => {
            setChosen(keys);
            setMissing(false);
          }}
          error={missing ? t('assessments.carry.required') : fieldError(carry.error, 'itemKeys')}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" mt="xs">
            {results.items.map((item) => {
              const level = levelName(results.levels, item.consensus);
              return (
                <Checkbox
                  key={item.key}
                  value={item.key}
                  label={itemLabel(item)}
                  description={[
                    level ? t('assessments.carry.consensus', { level }) : t('assessments.carry.noConsensus'),
                    challenges.has(item.key) ? t('assessments.results.challenge') : null,
                    carried.has(item.key) ? t('assessments.carry.carried') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              );
            })}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('assessments.carry.note')}
          description={t('assessments.carry.noteHelp')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(carry.error, 'note')}
          maw={720}
        />
        {carry.error && !fieldError(carry.error, 'itemKeys') && !fieldError(carry.error, 'note') && (
          <Notice color="red" role="alert">
            {carry.error.message}
          </Notice>
        )}
        <Group>
          <Button type="submit" loading={carry.isPending}>
            {t('assessments.carry.submit', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
