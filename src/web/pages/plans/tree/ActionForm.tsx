import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useCallback, useRef } from 'react';
import { useTranslation } from '../../../i18n';
import { addedId } from '../order';
import { WriteError } from '../WriteError';
import { useAnnounce } from './announce';
import { focusFirstError } from './focus';
import { useItemForm, useItemSubmit } from './itemForm';
import { useLivePlan } from './livePlan';
import { PersonSelect } from './PersonSelect';
import type { Action } from './types';

// Messages about these show beside them; any other (the milestone gone, say) shows above the buttons.
const fields = [
  'description',
  'outputs',
  'startDate',
  'endDate',
  'budgetAmount',
  'fundingSource',
  'responsiblePersonId',
  'responsibleName',
  'collaborators',
];

type Props = {
  planId: string;
  milestoneId: string;
  /** The action to edit; without it the form adds one to the milestone. */
  action?: Action;
  /** After a save (with the saved action's id) or a cancel (null). */
  onClose: (savedId: string | null) => void;
};

/** One action: the step, its outputs, timeline, resources, who answers for it and who helps. */
export function ActionForm({ planId, milestoneId, action, onClose }: Props) {
  const { t } = useTranslation();
  const plan = useLivePlan(planId);
  const milestone = plan.priorities
    .flatMap((p) => p.strategies)
    .flatMap((s) => s.milestones)
    .find((m) => m.id === milestoneId);
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { values, set, errors, setErrors } = useItemForm(() => ({
    description: action?.description ?? '',
    outputs: action?.outputs ?? '',
    startDate: action?.startDate ?? '',
    endDate: action?.endDate ?? '',
    budgetAmount: (action?.budgetAmount ?? '') as number | string,
    fundingSource: action?.fundingSource ?? '',
    who: action?.responsibleName && !action.responsiblePerson ? 'name' : 'person',
    responsiblePersonId: action?.responsiblePerson?.id ?? null,
    responsibleName: action?.responsibleName ?? '',
    collaborators: action?.collaborators ?? '',
  }));

  const setPerson = useCallback((id: string | null) => set('responsiblePersonId', id), [set]);

  const save = useItemSubmit({
    planId: plan.id,
    kind: 'action',
    item: action,
    form: formRef,
    setErrors,
    onSaved: (tree) => {
      const parent = tree.priorities
        .flatMap((p) => p.strategies)
        .flatMap((s) => s.milestones)
        .find((m) => m.id === milestoneId);
      const id =
        action?.id ??
        addedId(milestone?.actions.map((a) => a.id) ?? [], parent?.actions.map((a) => a.id) ?? []);
      const saved = parent?.actions.find((a) => a.id === id);
      if (saved) {
        const label = t('planTree.action.label', { number: saved.number });
        announce(t(action ? 'planTree.item.saved' : 'planTree.item.created', { label }));
      }
      onClose(id);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { who, startDate, endDate, budgetAmount, responsiblePersonId, responsibleName, ...rest } = values;
    if (startDate && endDate && endDate < startDate) {
      setErrors({ endDate: t('planTree.action.fields.endBeforeStart') });
      focusFirstError(formRef.current);
      return;
    }
    save.submit({
      ...rest,
      ...(action ? {} : { milestoneId }),
      startDate: startDate || null,
      endDate: endDate || null,
      budgetAmount: budgetAmount === '' ? null : Number(budgetAmount),
      // One or the other: a person with an account, or a typed name.
      responsiblePersonId: who === 'person' ? responsiblePersonId : null,
      responsibleName: who === 'name' ? responsibleName : null,
    });
  };

  const cancel = () => {
    save.reset();
    onClose(null);
  };

  const organization = plan.organization.name;

  const text = (name: 'outputs' | 'fundingSource' | 'responsibleName' | 'collaborators') => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => set(name, event.currentTarget.value),
    error: errors[name],
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          // The dialog's focus trap starts here rather than on its close button.
          data-autofocus
          label={t('planTree.action.fields.description')}
          description={t('planTree.action.fields.descriptionHelp')}
          required
          rows={2}
          resize="vertical"
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
        />
        <Textarea
          label={t('planTree.action.fields.outputs')}
          description={t('planTree.action.fields.outputsHelp')}
          rows={2}
          resize="vertical"
          {...text('outputs')}
        />
        <Fieldset legend={t('planTree.action.fields.timeline')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('planTree.action.fields.startDate')}
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={errors.startDate}
            />
            <TextInput
              type="date"
              label={t('planTree.action.fields.endDate')}
              value={values.endDate}
              onChange={(event) => set('endDate', event.currentTarget.value)}
              error={errors.endDate}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('planTree.action.fields.resources')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('planTree.action.fields.budgetAmount')}
              min={0}
              decimalScale={2}
              thousandSeparator=","
              hideControls
              value={values.budgetAmount}
              onChange={(value) => set('budgetAmount', value)}
              error={errors.budgetAmount}
            />
            <TextInput
              label={t('planTree.action.fields.fundingSource')}
              description={t('planTree.action.fields.fundingSourceHelp')}
              {...text('fundingSource')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('planTree.action.fields.responsible')}>
          <Stack gap="sm">
            <Radio.Group
              label={t('planTree.action.fields.responsibleKind')}
              value={values.who}
              onChange={(who) => set('who', who)}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="person"
                  label={t('planTree.action.fields.responsiblePerson', { organization })}
                />
                <Radio value="name" label={t('planTree.action.fields.responsibleTyped')} />
              </Stack>
            </Radio.Group>
            {values.who === 'person' ? (
              <PersonSelect
                planId={plan.id}
                organization={organization}
                current={action?.responsiblePerson ?? null}
                value={values.responsiblePersonId}
                onChange={setPerson}
                error={errors.responsiblePersonId}
              />
            ) : (
              <TextInput label={t('planTree.action.fields.responsibleName')} {...text('responsibleName')} />
            )}
          </Stack>
        </Fieldset>
        <Textarea
          label={t('planTree.action.fields.collaborators')}
          description={t('planTree.action.fields.collaboratorsHelp')}
          rows={2}
          resize="vertical"
          {...text('collaborators')}
        />
        <WriteError
          error={save.error}
          planId={plan.id}
          shown={fields}
          onReloaded={() => onClose(action?.id ?? null)}
          hint={null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.pending}>
            {action ? t('planTree.item.save') : t('planTree.action.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
