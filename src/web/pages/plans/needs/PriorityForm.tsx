import { MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { type PlanTree, planItemInputs } from '../../../../shared/schemas/plan';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { FormButtons } from '../common/FormButtons';
import { addedId, ids } from '../order';
import { priorityOptions } from './priorityOptions';
import { useItemWrite } from './useItemWrite';

type Priority = PlanTree['priorities'][number];
type Props = {
  plan: PlanTree;
  priority?: Priority;
  onDone: (createdId: string | null) => void;
  onCancel: () => void;
  titleInputId: string;
};

const lists = ['swotEntryIds', 'rootCauseIds', 'candidateIds'] as const;
const listLabels = {
  swotEntryIds: 'swotEntries',
  rootCauseIds: 'rootCauses',
  candidateIds: 'candidates',
} as const;

/** Adds or edits a priority area and what it draws on: weaknesses and threats, analyses, rubric items. */
export function PriorityForm({ plan, priority, onDone, onCancel, titleInputId }: Props) {
  const { t } = useTranslation();
  const write = useItemWrite(plan.id, (tree) => tree.priorities.find((p) => p.id === priority?.id)?.version);
  const options = priorityOptions(t, plan);
  const [values, setValues] = useState({
    title: priority?.title ?? '',
    description: priority?.description ?? '',
    swotEntryIds: priority?.swotEntryIds ?? [],
    rootCauseIds: priority?.rootCauseIds ?? [],
    candidateIds: priority?.candidateIds ?? [],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.submit(
      priority
        ? {
            method: 'patch',
            path: planItemPath(plan.id, 'priority', priority.id),
            body: { ...values, version: write.version },
          }
        : { method: 'post', path: planItemPath(plan.id, 'priority'), body: values },
      {
        schema: planItemInputs.priority,
        input: values,
        onSuccess: (tree) => onDone(priority ? null : addedId(ids(plan.priorities), ids(tree.priorities))),
      },
    );
  };

  const multi = (name: (typeof lists)[number], data: typeof options.rootCauses | typeof options.swot) => (
    <MultiSelect
      label={t(`planNeeds.priorities.fields.${listLabels[name]}`)}
      description={name === 'swotEntryIds' ? t('planNeeds.priorities.fields.swotEntriesHelp') : undefined}
      data={data}
      value={values[name]}
      onChange={(ids) => setValues({ ...values, [name]: ids })}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('planNeeds.priorities.nothingFound')}
      error={write.listError(name)}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          id={titleInputId}
          label={t('planNeeds.priorities.fields.title')}
          required
          autosize
          minRows={1}
          maxLength={limits.longTextMax}
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
          error={write.fieldError('title')}
        />
        <Textarea
          label={t('planNeeds.priorities.fields.description')}
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={values.description}
          onChange={(e) => setValues({ ...values, description: e.currentTarget.value })}
          error={write.fieldError('description')}
        />
        {multi('swotEntryIds', options.swot)}
        {multi('rootCauseIds', options.rootCauses)}
        {options.candidates.length > 0 ? (
          multi('candidateIds', options.candidates)
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('planNeeds.priorities.fields.candidates')}
            </Text>
            <Text size="sm" c="gray.7">
              {t('planNeeds.priorities.noCandidates')}{' '}
              <AnchorLink
                to="/o/$orgId/needs"
                params={{ orgId: plan.organizationId }}
                size="sm"
                underline="always"
              >
                {t('planNeeds.priorities.carryLink')}
              </AnchorLink>
            </Text>
          </Stack>
        )}
        <FormButtons
          conflictColor="yellow"
          error={write.error}
          shown={(path) => ['title', 'description'].includes(path) || lists.some((l) => path.startsWith(l))}
          onReload={write.reload}
          hint={t('planNeeds.actions.conflictHint')}
          pending={write.pending}
          submitLabel={t('planNeeds.actions.save')}
          cancelLabel={t('planNeeds.actions.cancel')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
