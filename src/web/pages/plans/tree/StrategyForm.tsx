import { Fieldset, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useRef } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { errorAt } from '../common/errorAt';
import { FormButtons } from '../common/FormButtons';
import { addedId } from '../order';
import { useAnnounce } from './announce';
import { useItemForm, useItemSubmit } from './itemForm';
import { PracticeCodePicker } from './PracticeCodePicker';
import { GoalPicker, PrioritySelect } from './StrategyPickers';
import type { Priority, Strategy } from './types';

// Messages about these show beside them; any other shows above the buttons.
const fields = ['title', 'toaIf', 'toaThen', 'toaAnd', 'practiceCodes', 'goalIds', 'rationale', 'evidence'];

type Props = {
  plan: PlanTree;
  priority: Priority;
  /** The strategy to edit; without it the form adds one to `priority`. */
  strategy?: Strategy;
  /** After a save (with the saved strategy's id) or a cancel (null). */
  onClose: (savedId: string | null) => void;
};

/** A strategy: its title, theory of action, practices, goals served, rationale and evidence. */
export function StrategyForm({ plan, priority, strategy, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const { values, set, errors, setErrors } = useItemForm(() => ({
    priorityId: priority.id,
    title: strategy?.title ?? '',
    toaIf: strategy?.toaIf ?? '',
    toaThen: strategy?.toaThen ?? '',
    toaAnd: strategy?.toaAnd ?? '',
    practiceCodes: strategy?.practiceCodes ?? [],
    goalIds: strategy?.goalIds ?? [],
    rationale: strategy?.rationale ?? '',
    evidence: strategy?.evidence ?? '',
  }));

  useEffect(() => titleRef.current?.focus(), []);
  const setCodes = useCallback((codes: string[]) => set('practiceCodes', codes), [set]);
  const setGoals = useCallback((ids: string[]) => set('goalIds', ids), [set]);
  const setPriority = useCallback((id: string) => set('priorityId', id), [set]);

  const save = useItemSubmit({
    planId: plan.id,
    kind: 'strategy',
    item: strategy,
    form: formRef,
    setErrors,
    onSaved: (tree) => {
      const parent = tree.priorities.find((p) => p.id === values.priorityId);
      const id =
        strategy?.id ??
        addedId(
          priority.strategies.map((s) => s.id),
          parent?.strategies.map((s) => s.id) ?? [],
        );
      const saved = parent?.strategies.find((s) => s.id === id);
      if (saved) {
        const label = t('planTree.strategy.label', { number: saved.number });
        announce(t(strategy ? 'planTree.item.saved' : 'planTree.item.created', { label }));
      }
      onClose(id);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { priorityId, ...rest } = values;
    // Only a changed priority is sent: it moves the strategy to the end of the other priority.
    const moved = strategy && priorityId !== priority.id;
    save.submit(strategy && !moved ? rest : { ...rest, priorityId });
  };

  const cancel = () => {
    save.reset();
    onClose(null);
  };

  const movable = strategy !== undefined && plan.priorities.length > 1;
  const heading = strategy
    ? t('planTree.strategy.editTitle', { number: strategy.number })
    : t('planTree.strategy.newTitle', { number: priority.number });
  const textArea = (name: 'toaIf' | 'toaThen' | 'toaAnd' | 'rationale' | 'evidence') => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => set(name, event.currentTarget.value),
    error: errors[name],
    // Fixed rows: measuring a growing box on every keystroke costs a layout of the whole, long page.
    rows: 3,
    resize: 'vertical' as const,
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={heading}>
      <Stack gap="md">
        <Title order={3}>{heading}</Title>
        <TextInput
          ref={titleRef}
          label={t('planTree.strategy.fields.title')}
          description={t('planTree.strategy.fields.titleHelp')}
          required
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <Fieldset legend={t('planTree.strategy.fields.toa')}>
          <Stack gap="sm">
            <Text size="sm" c="gray.7">
              {t('planTree.strategy.fields.toaHelp')}
            </Text>
            <Textarea
              label={t('planTree.strategy.fields.toaIf')}
              description={t('planTree.strategy.fields.toaIfHelp')}
              {...textArea('toaIf')}
            />
            <Textarea
              label={t('planTree.strategy.fields.toaThen')}
              description={t('planTree.strategy.fields.toaThenHelp')}
              {...textArea('toaThen')}
            />
            <Textarea
              label={t('planTree.strategy.fields.toaAnd')}
              description={t('planTree.strategy.fields.toaAndHelp')}
              {...textArea('toaAnd')}
            />
          </Stack>
        </Fieldset>
        <PracticeCodePicker
          value={values.practiceCodes}
          onChange={setCodes}
          error={errorAt(errors, 'practiceCodes')}
        />
        <GoalPicker
          goals={plan.goals}
          value={values.goalIds}
          onChange={setGoals}
          error={errorAt(errors, 'goalIds')}
        />
        <Textarea
          label={t('planTree.strategy.fields.rationale')}
          description={t('planTree.strategy.fields.rationaleHelp')}
          {...textArea('rationale')}
        />
        <Textarea
          label={t('planTree.strategy.fields.evidence')}
          description={t('planTree.strategy.fields.evidenceHelp')}
          {...textArea('evidence')}
        />
        {movable && (
          <PrioritySelect
            priorities={plan.priorities}
            value={values.priorityId}
            onChange={setPriority}
            error={errors.priorityId}
          />
        )}
        <FormButtons
          error={save.error}
          planId={plan.id}
          shown={movable ? [...fields, 'priorityId'] : fields}
          onReloaded={() => onClose(strategy?.id ?? null)}
          hint={null}
          pending={save.pending}
          submitLabel={strategy ? t('planTree.item.save') : t('planTree.strategy.create')}
          cancelLabel={t('app.cancel')}
          onCancel={cancel}
        />
      </Stack>
    </form>
  );
}
