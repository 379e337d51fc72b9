import { Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n';
import { FormButtons } from '../common/FormButtons';
import { addedId } from '../order';
import { useAnnounce } from './announce';
import { clip } from './format';
import { useItemForm, useItemSubmit } from './itemForm';
import { useLivePlan } from './livePlan';
import type { Milestone } from './types';

// Messages about these show beside them; any other shows above the buttons.
const fields = ['title', 'dueDate', 'responsibleTeam'];

type Props = {
  planId: string;
  strategyId: string;
  /** The milestone to edit; without it the form adds one to the strategy. */
  milestone?: Milestone;
  /** After a save (with the saved milestone's id) or a cancel (null). */
  onClose: (savedId: string | null) => void;
};

/** A milestone: what it is, when it is due and which team answers for it. */
export function MilestoneForm({ planId, strategyId, milestone, onClose }: Props) {
  const { t } = useTranslation();
  const plan = useLivePlan(planId);
  const strategies = plan.priorities.flatMap((p) => p.strategies);
  const strategy = strategies.find((s) => s.id === strategyId);
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const { values, set, errors, setErrors } = useItemForm(() => ({
    strategyId,
    title: milestone?.title ?? '',
    dueDate: milestone?.dueDate ?? '',
    responsibleTeam: milestone?.responsibleTeam ?? '',
  }));

  useEffect(() => titleRef.current?.focus(), []);

  const save = useItemSubmit({
    planId: plan.id,
    kind: 'milestone',
    item: milestone,
    form: formRef,
    setErrors,
    onSaved: (tree) => {
      const parent = tree.priorities.flatMap((p) => p.strategies).find((s) => s.id === values.strategyId);
      const id =
        milestone?.id ??
        addedId(strategy?.milestones.map((m) => m.id) ?? [], parent?.milestones.map((m) => m.id) ?? []);
      const saved = parent?.milestones.find((m) => m.id === id);
      if (saved) {
        const label = t('planTree.milestone.label', { number: saved.number });
        announce(t(milestone ? 'planTree.item.saved' : 'planTree.item.created', { label }));
      }
      onClose(id);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { strategyId: _, dueDate, ...rest } = values;
    const input = { ...rest, dueDate: dueDate || null };
    // Only a changed strategy is sent: it moves the milestone to the end of the other strategy.
    const moved = milestone && values.strategyId !== strategyId;
    save.submit(milestone && !moved ? input : { ...input, strategyId: values.strategyId });
  };

  const cancel = () => {
    save.reset();
    onClose(null);
  };

  const movable = milestone !== undefined && strategies.length > 1;
  const heading = milestone
    ? t('planTree.milestone.editTitle', { number: milestone.number })
    : t('planTree.milestone.newTitle', { number: strategy?.number ?? '' });

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={heading}>
      <Stack gap="md">
        <Title order={5}>{heading}</Title>
        <Textarea
          ref={titleRef}
          label={t('planTree.milestone.fields.title')}
          description={t('planTree.milestone.fields.titleHelp')}
          required
          rows={2}
          resize="vertical"
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('planTree.milestone.fields.dueDate')}
            value={values.dueDate}
            onChange={(event) => set('dueDate', event.currentTarget.value)}
            error={errors.dueDate}
          />
          <TextInput
            label={t('planTree.milestone.fields.responsibleTeam')}
            description={t('planTree.milestone.fields.responsibleTeamHelp')}
            value={values.responsibleTeam}
            onChange={(event) => set('responsibleTeam', event.currentTarget.value)}
            error={errors.responsibleTeam}
          />
        </SimpleGrid>
        {movable && (
          <Select
            label={t('planTree.milestone.fields.strategy')}
            description={t('planTree.milestone.fields.strategyHelp')}
            data={plan.priorities
              .filter((p) => p.strategies.length > 0)
              .map((p) => ({
                group: t('planTree.strategy.priorityOption', { number: p.number, title: clip(p.title) }),
                items: p.strategies.map((s) => ({
                  value: s.id,
                  label: t('planTree.milestone.strategyOption', { number: s.number, title: clip(s.title) }),
                })),
              }))}
            value={values.strategyId}
            onChange={(id) => id && set('strategyId', id)}
            allowDeselect={false}
            error={errors.strategyId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <FormButtons
          error={save.error}
          planId={plan.id}
          shown={movable ? [...fields, 'strategyId'] : fields}
          onReloaded={() => onClose(milestone?.id ?? null)}
          hint={null}
          pending={save.pending}
          submitLabel={milestone ? t('planTree.item.save') : t('planTree.milestone.create')}
          cancelLabel={t('app.cancel')}
          onCancel={cancel}
        />
      </Stack>
    </form>
  );
}
