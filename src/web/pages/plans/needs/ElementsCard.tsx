import { Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import { LiveMessage } from '../common/LiveMessage';
import { WriteError } from '../WriteError';
import { ElementsChecklist, type ElementsValue } from './ElementsChecklist';
import { ElementsSummary } from './ElementsSummary';
import { elementsInput } from './elements';
import { NeedsSection } from './NeedsSection';
import { ProcessFields, ProcessSummary, type ProcessValue } from './ProcessFields';
import { useItemWrite } from './useItemWrite';

/** Elements examined and how the needs assessment was done: one form, saved together. */
export function ElementsCard({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  return (
    <NeedsSection
      id="list-needs"
      title={t('planNeeds.needs.title')}
      intro={t('planNeeds.intro')}
      aside={
        <CommentButton
          planId={plan.id}
          anchorType="needs"
          anchorId={null}
          label={t('planNeeds.needs.commentLabel')}
        />
      }
    >
      {plan.abilities.edit ? (
        <NeedsForm plan={plan} />
      ) : (
        <Stack gap="lg">
          <ElementsSummary elements={plan.needs.elements} />
          <ProcessSummary process={plan.needs.process} stakeholderInput={plan.needs.stakeholderInput} />
        </Stack>
      )}
    </NeedsSection>
  );
}

function NeedsForm({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const write = useItemWrite(plan.id, (tree) => tree.needs.version);
  const [elements, setElements] = useState<ElementsValue>({
    checked: plan.needs.elements.checked,
    other: plan.needs.elements.other,
  });
  const [process, setProcess] = useState<ProcessValue>({
    process: plan.needs.process ?? '',
    stakeholderInput: plan.needs.stakeholderInput ?? '',
  });
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    write.submit(
      {
        method: 'put',
        path: `/api/plans/${plan.id}/needs`,
        body: {
          version: write.version,
          elements: elementsInput(elements.checked, elements.other),
          ...process,
        },
      },
      {
        onSuccess: () => setSaved(t('planNeeds.actions.saved')),
      },
    );
  };
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved('');
      set(value);
    };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="list-needs-title">
      <Stack gap="lg">
        <ElementsChecklist value={elements} onChange={change(setElements)} fieldError={write.fieldError} />
        <ProcessFields value={process} onChange={change(setProcess)} fieldError={write.fieldError} />
        <WriteError
          conflictColor="yellow"
          error={write.error}
          shown={(path) => path.startsWith('elements.') || path === 'process' || path === 'stakeholderInput'}
          onReload={write.reload}
          hint={t('planNeeds.actions.conflictHint')}
        />
        <Group gap="md">
          <Button type="submit" loading={write.pending}>
            {t('planNeeds.actions.saveChanges')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('planNeeds.needs.saveHint')}
          </Text>
          <LiveMessage message={saved} />
          {saved && (
            <Text size="sm" fw={600} aria-hidden="true">
              ✓ {saved}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
